import type Database from 'better-sqlite3';

/**
 * SQLite only: raw prepared statements on the FTS5 index. Prepared once per connection because
 * statement preparation would cost more than a lookup (inserts are in `turn-rows.ts`).
 */
export interface FtsStatements {
  remove: Database.Statement<[number]>;
  count: Database.Statement<[string], { n: number }>;
  matchRowids: Database.Statement<[string], { rowid: number }>;
}

const cache = new WeakMap<Database.Database, FtsStatements>();

/** The FTS statements of a connection. */
export function fts(db: Database.Database): FtsStatements {
  let s = cache.get(db);
  if (!s) {
    s = {
      remove: db.prepare('DELETE FROM turn_fts WHERE rowid = ?'),
      count: db.prepare('SELECT count(*) AS n FROM turn_fts WHERE turn_fts MATCH ?'),
      matchRowids: db.prepare('SELECT rowid FROM turn_fts WHERE turn_fts MATCH ?'),
    };
    cache.set(db, s);
  }
  return s;
}

/**
 * Merges the index into one b-tree, dropping deleted rows' terms from its pages: after a
 * withdrawal no token of the participant may remain in the file.
 */
export function optimiseFts(db: Database.Database): void {
  db.prepare("INSERT INTO turn_fts(turn_fts) VALUES ('optimize')").run();
}
