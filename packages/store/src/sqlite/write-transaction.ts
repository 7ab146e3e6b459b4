import { setTimeout as sleep } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { checkpointNowAndThen } from './checkpoint.js';
import { BUSY_TIMEOUT_MS } from './connection.js';
import { isBusy, projectError } from './sqlite-errors.js';

/** How long a write waits for another program's write lock before it gives up (`project_busy`). */
export const WRITE_WAIT_MS = 30_000;
/** SQLite's own (blocking) wait per attempt: a few of its polls of the lock. */
const ATTEMPT_WAIT_MS = 5;
/** The longest pause between attempts; each is random up to it, and does not grow. */
const MAX_PAUSE_MS = 5;

/**
 * SQLite only: starts a write transaction with `BEGIN IMMEDIATE`, which takes the write lock
 * before anything is read. A deferred `BEGIN` reads first and upgrades later; when another
 * process (a second server, the CLI) committed in between, SQLite answers `SQLITE_BUSY_SNAPSHOT`
 * at once, which no busy timeout covers. Holding the lock from the start, a transaction cannot
 * fail for a lock half-way, so its callback runs exactly once and need not be re-runnable.
 *
 * While another process holds the lock, SQLite waits briefly (synchronously: that blocks the event
 * loop), then this function pauses 1–5 ms without blocking and tries again, so the event loop stays
 * free (a second connection in the same process can finish its transaction meanwhile). The pauses
 * do not grow: SQLite's locks have no queue, and a writer that has waited long would otherwise
 * poll less often than newcomers and starve. After {@link WRITE_WAIT_MS}: `project_busy`.
 */
async function beginWrite(db: Database.Database, file: string): Promise<void> {
  const deadline = Date.now() + WRITE_WAIT_MS;
  for (;;) {
    db.pragma(`busy_timeout = ${ATTEMPT_WAIT_MS}`);
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (e) {
      if (!isBusy(e) || Date.now() >= deadline) throw projectError(e, file);
    } finally {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    await sleep(1 + Math.random() * (MAX_PAUSE_MS - 1));
  }
}

/**
 * SQLite only: runs `fn` in one write transaction of `db` (see {@link beginWrite}): committed if it
 * returns, rolled back if it throws or the commit fails. SQLite failures come back as
 * PolyphonyErrors naming `file` (`disk_full`, `read_only`, `corrupt_project`, `project_busy`).
 * The caller must hold the connection (no other statement may run on it meanwhile).
 */
export async function writeTransaction<T>(db: Database.Database, file: string, fn: () => Promise<T>): Promise<T> {
  await beginWrite(db, file);
  let result: T;
  try {
    result = await fn();
    db.exec('COMMIT');
  } catch (e) {
    // SQLite has already rolled back after some failures (a full disk, say).
    if (db.inTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The failure that made us roll back says more than the rollback's own.
      }
    }
    throw projectError(e, file);
  }
  checkpointNowAndThen(db, file);
  return result;
}
