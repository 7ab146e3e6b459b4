import type Database from 'better-sqlite3';
import { optimiseFts } from './fts.js';

/** `PRAGMA wal_checkpoint`'s answer: `busy` 1 if it could not finish, frames in the WAL and copied. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * SQLite only: makes deleted content physically unrecoverable from the project file — the FTS
 * index merged without deleted rows, freed pages rebuilt away by VACUUM, and the WAL
 * checkpointed and truncated so no old page copies remain beside the file. The checkpoint cannot
 * finish while another connection reads an older snapshot; its answer says whether it did.
 */
export function purgeDeletedContent(db: Database.Database): CheckpointResult {
  optimiseFts(db);
  db.exec('VACUUM');
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
  return result ?? { busy: 1, log: -1, checkpointed: -1 };
}

/** Pages of the file on its free list: where deleted rows' bytes can linger until a VACUUM. */
export function freePages(db: Database.Database): number {
  return Number(db.pragma('freelist_count', { simple: true }));
}

/**
 * SQLite only: runs `fn` with `secure_delete` on, so that pages this connection frees or rewrites
 * are zeroed rather than left with the deleted bytes in them — in the WAL's new page copies too,
 * which matters when a purge must wait for another program.
 */
export async function withSecureDelete<T>(db: Database.Database, fn: () => Promise<T>): Promise<T> {
  const before = Number(db.pragma('secure_delete', { simple: true }));
  db.pragma('secure_delete = ON');
  try {
    return await fn();
  } finally {
    db.pragma(`secure_delete = ${before}`);
  }
}

/** SQLite only: runs `fn` with the connection waiting up to `ms` for other connections' locks. */
export function withBusyTimeout<T>(db: Database.Database, ms: number, fn: () => T): T {
  const before = Number(db.pragma('busy_timeout', { simple: true }));
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(ms))}`);
  try {
    return fn();
  } finally {
    db.pragma(`busy_timeout = ${before}`);
  }
}
