import type Database from 'better-sqlite3';

/** A value SQLite binds. */
export type SqlValue = string | number | bigint | null;

/** Rows per multi-row statement: a whole turn's worth of parameters stays far below SQLite's 32,766. */
const BATCH = 64;

const cache = new WeakMap<Database.Database, Map<string, Database.Statement<[SqlValue[]]>>>();

function statement(db: Database.Database, head: string, width: number, rows: number): Database.Statement<[SqlValue[]]> {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  const key = `${rows}:${head}`;
  let st = byKey.get(key);
  if (!st) {
    const tuple = `(${new Array<string>(width).fill('?').join(', ')})`;
    st = db.prepare<[SqlValue[]]>(`${head} VALUES ${new Array<string>(rows).fill(tuple).join(', ')}`);
    byKey.set(key, st);
  }
  return st;
}

/**
 * SQLite only: inserts many rows of `width` values with `INSERT … VALUES (…), (…), …` statements
 * of {@link BATCH} rows, prepared once per connection. One call into SQLite per batch instead of
 * per row: an import writes a search row and a turn row for each of hundreds of thousands of
 * turns, and the per-call cost was a large part of it. `head` is `INSERT INTO t (a, b)`.
 */
export function insertRows(db: Database.Database, head: string, width: number, rows: readonly (readonly SqlValue[])[]): void {
  const full = Math.floor(rows.length / BATCH) * BATCH;
  if (full > 0) {
    const st = statement(db, head, width, BATCH);
    const values = new Array<SqlValue>(BATCH * width);
    for (let at = 0; at < full; at += BATCH) {
      for (let r = 0; r < BATCH; r++) {
        const row = rows[at + r] as readonly SqlValue[];
        for (let k = 0; k < width; k++) values[r * width + k] = row[k] as SqlValue;
      }
      st.run(values);
    }
  }
  const rest = rows.length - full;
  if (rest > 0) {
    const values: SqlValue[] = [];
    for (let r = full; r < rows.length; r++) values.push(...(rows[r] as readonly SqlValue[]));
    statement(db, head, width, rest).run(values);
  }
}
