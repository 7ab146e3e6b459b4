import type Database from 'better-sqlite3';
import { insertRows } from './batched-insert.js';

/** A turn row as inserted: the columns of `turns` in table order. */
export type TurnValues = [string, number, string, string | null, number, number, number, number, number | null, number | null, number];

/**
 * SQLite only: inserts turn rows with multi-row prepared statements. An import of 10 million
 * words writes hundreds of thousands of turns, and compiling a query-builder statement per chunk
 * cost more than the insert itself.
 */
export function insertTurnRows(db: Database.Database, rows: readonly TurnValues[]): void {
  insertRows(db, 'INSERT INTO turns (source_id, seq, speaker, participant, is_interviewer, start_pos, end_pos, text_start, start_ms, end_ms, search_rowid)', 11, rows);
}

/** A search row as inserted: rowid (the turn's `search_rowid`), spoken words, stems. */
export type SearchRowValues = [number, string, string];

const searchInserts = new WeakMap<Database.Database, Database.Statement<SearchRowValues>>();

/**
 * SQLite only: inserts search rows one statement call each. Measured: multi-row VALUES into an
 * FTS5 table is slower than single rows, because SQLite feeds a virtual table row by row anyway.
 */
export function insertSearchRows(db: Database.Database, rows: readonly SearchRowValues[]): void {
  let st = searchInserts.get(db);
  if (!st) {
    st = db.prepare<SearchRowValues>('INSERT INTO turn_fts (rowid, text, stem) VALUES (?, ?, ?)');
    searchInserts.set(db, st);
  }
  for (const r of rows) st.run(...r);
}
