import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Database.Statement<[], number>>();

/**
 * SQLite only: `PRAGMA data_version`, which changes when another connection (the CLI beside the
 * server, say) commits to the file. Commits on this connection do not change it; the project
 * counts those itself.
 */
export function dataVersion(db: Database.Database): number {
  let st = cache.get(db);
  if (!st) {
    st = db.prepare<[], number>('PRAGMA data_version').pluck();
    cache.set(db, st);
  }
  return st.get() ?? 0;
}
