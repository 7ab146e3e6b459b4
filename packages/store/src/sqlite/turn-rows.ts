import type Database from 'better-sqlite3';

/** A turn row as inserted: the columns of `turns` in table order. */
export type TurnValues = [string, number, string, string | null, number, number, number, number, number | null, number | null, number];

const cache = new WeakMap<Database.Database, Database.Statement<TurnValues>>();

/**
 * SQLite only: inserts turn rows with one prepared statement. An import of 10 million words
 * writes hundreds of thousands of turns, and compiling a query-builder statement per chunk
 * cost more than the insert itself.
 */
export function insertTurnRows(db: Database.Database, rows: readonly TurnValues[]): void {
  let st = cache.get(db);
  if (!st) {
    st = db.prepare('INSERT INTO turns (source_id, seq, speaker, participant, is_interviewer, start_pos, end_pos, text_start, start_ms, end_ms, search_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    cache.set(db, st);
  }
  for (const r of rows) st.run(...r);
}
