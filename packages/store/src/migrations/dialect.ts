import { SqliteAdapter, type Kysely } from 'kysely';

/** Whether a migration runs on SQLite: the one branch point for FTS5 and other dialect DDL. */
export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}
