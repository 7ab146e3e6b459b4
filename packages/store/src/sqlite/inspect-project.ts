import type Database from 'better-sqlite3';
import { PolyphonyError } from '@polyphony/core';
import { APPLICATION_ID, foreignId, notAProject } from './file-header.js';
import { corruptAdvice, projectError } from './sqlite-errors.js';

/**
 * How much of a file is checked for damage on open. `structure` checks every page of every table
 * and index (SQLite's quick_check, table by table) but not the search index against the text;
 * `full` adds that (FTS5's own check), about four times the cost on a large project.
 */
export type IntegrityCheck = 'structure' | 'full';

/** What opening needs to do to a file that passed inspection. */
export interface Inspection {
  /** Made by a Polyphony that did not yet set the application id: set it while migrating. */
  adopt: boolean;
  /** Known migrations the file has not had yet, in order. */
  pending: string[];
}

/** The first migration: a file without it in `kysely_migration` was never a Polyphony project. */
const FIRST_MIGRATION = '001-initial';
/** Problems quoted in a `corrupt_project` message. */
const QUOTED_PROBLEMS = 3;

function names(db: Database.Database, query: string): string[] {
  return db.prepare<[], string>(query).pluck().all();
}

function damage(db: Database.Database, depth: IntegrityCheck): string[] {
  if (depth === 'full') return names(db, `PRAGMA quick_check(${QUOTED_PROBLEMS})`).filter((r) => r !== 'ok');
  // The schema table's pages come with the freelist check; virtual tables are skipped: checking
  // one runs FTS5's comparison of index and text, three quarters of a full check's time.
  const tables = ['sqlite_schema', ...names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")];
  const problems: string[] = [];
  for (const table of tables) {
    problems.push(...names(db, `PRAGMA quick_check("${table.replaceAll('"', '""')}")`).filter((r) => r !== 'ok'));
    if (problems.length >= QUOTED_PROBLEMS) break;
  }
  return problems;
}

function inspect(db: Database.Database, file: string, known: readonly string[], depth: IntegrityCheck): Inspection {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id !== 0 && id !== APPLICATION_ID) throw foreignId(file, id);
  const tables = names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  const done = tables.includes('kysely_migration') ? names(db, 'SELECT name FROM kysely_migration ORDER BY name') : [];
  if (!tables.includes('project') || !done.includes(FIRST_MIGRATION)) {
    const has = tables.length === 0 ? 'no tables' : `tables ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}`;
    throw notAProject(file, `it is an SQLite database without Polyphony's tables (it has ${has})`, 'foreign_tables');
  }
  const unknown = done.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new PolyphonyError('schema_too_new', `${file} was written by a newer Polyphony (schema ${unknown.join(', ')}); update Polyphony to open it. Nothing was changed.`, { file, migrations: unknown });
  }
  const problems = damage(db, depth);
  if (problems.length > 0) {
    throw new PolyphonyError('corrupt_project', `${file} is damaged: SQLite found broken pages (${problems.join('; ')}). ${corruptAdvice(file)}`, { file, problems });
  }
  return { adopt: id === 0, pending: known.filter((n) => !done.includes(n)) };
}

/**
 * SQLite only: decides, by reading alone, whether an open file is a Polyphony project this version
 * may change, and refuses it otherwise: another program's database (`not_a_project`), a newer
 * schema (`schema_too_new`), broken pages (`corrupt_project`, with the advice to restore a backup).
 * `known` are the migration names this version has, in order.
 */
export function inspectProject(db: Database.Database, file: string, known: readonly string[], depth: IntegrityCheck): Inspection {
  try {
    return inspect(db, file, known, depth);
  } catch (e) {
    // A page too broken to read (the schema's, say) fails the reading itself.
    throw projectError(e, file);
  }
}
