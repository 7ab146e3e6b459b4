import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** Commits between two checkpoints (SQLite's automatic one runs at about 1,000 WAL pages). */
const COMMITS_PER_CHECKPOINT = 64;
/** Growth of the WAL file since the last checkpoint that calls for one at once. */
const WAL_GROWTH_BYTES = 4 * 1024 * 1024;

const state = new WeakMap<Database.Database, { commits: number; walBytes: number }>();

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * SQLite only: copies committed pages from the WAL into the project file now and then, in place
 * of SQLite's automatic checkpoint (switched off in `configureConnection`). SQLite runs its own
 * checkpoint inside COMMIT and reports its failure as the COMMIT's: on a full disk a commit that
 * is safely in the WAL would be reported as not saved. Run here, after the commit, a failed
 * checkpoint is only postponed — the pages stay in the WAL, readable and durable.
 */
export function checkpointNowAndThen(db: Database.Database, file: string): void {
  const s = state.get(db) ?? { commits: 0, walBytes: walBytes(file) };
  state.set(db, s);
  s.commits++;
  const bytes = walBytes(file);
  if (s.commits < COMMITS_PER_CHECKPOINT && bytes < s.walBytes + WAL_GROWTH_BYTES) return;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A full disk or a busy reader: the next commit tries again; nothing committed is lost.
  }
  s.commits = 0;
  s.walBytes = walBytes(file);
}
