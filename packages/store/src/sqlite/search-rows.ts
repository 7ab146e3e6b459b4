import type Database from 'better-sqlite3';
import { PolyphonyError } from '@polyphony/core';
import { fts } from './fts.js';

/** A turn that matched a search, with what a hit needs to be shown. */
export interface MatchedTurn {
  source: string;
  sourceName: string;
  language: string;
  speaker: string;
  participant: string | null;
  perspective: string | null;
  textStart: number;
  end: number;
}

const SELECT =
  'SELECT t.source_id AS source, s.name AS sourceName, s.language AS language, t.speaker AS speaker, ' +
  't.participant AS participant, p.perspective AS perspective, t.text_start AS textStart, t.end_pos AS "end" ' +
  'FROM turn_fts f JOIN turns t ON t.search_rowid = f.rowid JOIN sources s ON s.id = t.source_id ' +
  'LEFT JOIN participants p ON p.id = t.participant WHERE turn_fts MATCH ? ';

const statements = new WeakMap<Database.Database, { page: Database.Statement<[string, number, number], MatchedTurn>; all: Database.Statement<[string], MatchedTurn>; text: Database.Statement<[string], { text: string }> }>();

function prepared(db: Database.Database) {
  let s = statements.get(db);
  if (!s) {
    s = {
      // rowid order is import order, and FTS5 yields it without sorting: pages stay fast on big corpora.
      page: db.prepare(`${SELECT} ORDER BY f.rowid LIMIT ? OFFSET ?`),
      all: db.prepare(`${SELECT} ORDER BY f.rowid`),
      text: db.prepare('SELECT text FROM sources WHERE id = ?'),
    };
    statements.set(db, s);
  }
  return s;
}

function guarded<T>(match: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    // The query builder should never produce bad FTS5 syntax; if it does, the user still gets
    // a named error, not a raw SQLite message.
    throw new PolyphonyError('bad_input', `The search could not be run (${e instanceof Error ? e.message : String(e)})`, { match });
  }
}

/** SQLite only: the number of turns that match an FTS5 expression. */
export function countMatches(db: Database.Database, match: string): number {
  return guarded(match, () => fts(db).count.get(match)?.n ?? 0);
}

/** SQLite only: a page of matching turns in import order (all of them without `limit`). */
export function matchedTurns(db: Database.Database, match: string, limit?: number, offset = 0): MatchedTurn[] {
  const s = prepared(db);
  return guarded(match, () => (limit === undefined ? s.all.all(match) : s.page.all(match, limit, offset)));
}

/** SQLite only: a source's text (for computing match offsets and snippets). */
export function sourceText(db: Database.Database, id: string): string {
  return prepared(db).text.get(id)?.text ?? '';
}
