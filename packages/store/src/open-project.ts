import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { PolyphonyError } from '@polyphony/core';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type Database from 'better-sqlite3';
import type { DB } from './db/schema.js';
import { newId } from './db/ids.js';
import { MIGRATIONS, migrationProvider } from './migrations/index.js';
import { openSqlite, withStatementCache } from './sqlite/connection.js';
import { Project } from './project.js';

/** Options of {@link openProject}. */
export interface OpenOptions {
  /** Create a new project file (`project_exists` if the file is there). */
  create?: boolean;
  /** Who acts: recorded on every event and as the default coder. Default `coder`. */
  actor?: string;
}

function connect(file: string): Database.Database {
  try {
    return openSqlite(file);
  } catch (e) {
    throw new PolyphonyError('bad_input', `${file} is not a Polyphony project (${e instanceof Error ? e.message : String(e)})`, { file });
  }
}

/** Brings a database to the newest schema; `schema_too_new` if it has migrations we do not know. */
export async function migrate(db: Kysely<DB>, file: string): Promise<void> {
  const known = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'kysely_migration'`.execute(db);
  if (Number(known.rows[0]?.n ?? 0) > 0) {
    const done = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const unknown = done.rows.map((r) => r.name).filter((n) => !Object.hasOwn(MIGRATIONS, n));
    if (unknown.length > 0) {
      throw new PolyphonyError('schema_too_new', `${file} was written by a newer Polyphony (schema ${unknown.join(', ')}); update Polyphony to open it`, { file, migrations: unknown });
    }
  }
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/**
 * Opens (or with `create` makes) a project file: one SQLite database in WAL mode, migrated to the
 * newest schema. `project_not_found` if it is missing, `project_exists` if creating over a file.
 */
export async function openProject(file: string, options: OpenOptions = {}): Promise<Project> {
  const exists = existsSync(file);
  if (options.create && exists) throw new PolyphonyError('project_exists', `${file} already exists; choose another name or remove it`, { file });
  if (!options.create && !exists) throw new PolyphonyError('project_not_found', `There is no project at ${file}; create one with init`, { file });
  const sqlite = connect(file);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrate(db, file);
    const project = new Project(file, db, sqlite, options.actor ?? 'coder');
    if (options.create) {
      const name = basename(file, extname(file));
      await project.transaction(async () => project.initialise(newId(), name));
    }
    return project;
  } catch (e) {
    await db.destroy();
    throw e;
  }
}
