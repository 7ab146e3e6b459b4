import type Database from 'better-sqlite3';
import type { Turn } from '@polyphony/core';

/** A value SQLite binds. */
type SqlValue = string | number | null;

/** Columns of `turns` in the order they are inserted. */
const TURN_COLUMNS = 'source_id, seq, speaker, participant, is_interviewer, start_pos, end_pos, text_start, start_ms, end_ms, search_rowid';
const WIDTH = 11;
/** Turn rows per multi-row statement: 704 parameters, far below SQLite's 32,766. */
const BATCH = 64;

interface TurnStatements {
  maxRowid: Database.Statement<[], { m: number | null }>;
  search: Database.Statement<[number, string, string]>;
  /** Multi-row turn inserts by row count, prepared on first use. */
  turns: Map<number, Database.Statement<[SqlValue[]]>>;
}

const cache = new WeakMap<Database.Database, TurnStatements>();

function statements(db: Database.Database): TurnStatements {
  let s = cache.get(db);
  if (!s) {
    s = {
      maxRowid: db.prepare('SELECT max(search_rowid) AS m FROM turns'),
      search: db.prepare('INSERT INTO turn_fts (rowid, text, stem) VALUES (?, ?, ?)'),
      turns: new Map(),
    };
    cache.set(db, s);
  }
  return s;
}

function turnInsert(db: Database.Database, s: TurnStatements, rows: number): Database.Statement<[SqlValue[]]> {
  let st = s.turns.get(rows);
  if (!st) {
    const tuple = `(${new Array<string>(WIDTH).fill('?').join(', ')})`;
    st = db.prepare<[SqlValue[]]>(`INSERT INTO turns (${TURN_COLUMNS}) VALUES ${new Array<string>(rows).fill(tuple).join(', ')}`);
    s.turns.set(rows, st);
  }
  return st;
}

/**
 * SQLite only: stores a source's turns and their search rows (the turn's words and what `stems`
 * makes of them) in one pass, through statements prepared once per connection. An import of
 * 10 million words writes hundreds of thousands of turns: arrays of rows built first and
 * query-builder statements cost as much as the inserts. Turns go in multi-row statements (one
 * call into SQLite per 64 rows); search rows one at a time, because SQLite feeds a virtual table
 * row by row anyway and measured slower with multi-row VALUES.
 */
export function writeTurnRows(db: Database.Database, sourceId: string, text: string, turns: readonly Turn[], stems: (words: string) => string): void {
  const s = statements(db);
  let rowid = Number(s.maxRowid.get()?.m ?? 0);
  const values = new Array<SqlValue>(BATCH * WIDTH);
  let filled = 0;
  for (const t of turns) {
    const id = ++rowid;
    const words = text.slice(t.textStart, t.end);
    s.search.run(id, words, stems(words));
    const at = filled * WIDTH;
    values[at] = sourceId;
    values[at + 1] = t.seq;
    values[at + 2] = t.speaker;
    values[at + 3] = t.participant;
    values[at + 4] = t.isInterviewer ? 1 : 0;
    values[at + 5] = t.start;
    values[at + 6] = t.end;
    values[at + 7] = t.textStart;
    values[at + 8] = t.startMs ?? null;
    values[at + 9] = t.endMs ?? null;
    values[at + 10] = id;
    if (++filled === BATCH) {
      turnInsert(db, s, BATCH).run(values);
      filled = 0;
    }
  }
  if (filled > 0) turnInsert(db, s, filled).run(values.slice(0, filled * WIDTH));
}
