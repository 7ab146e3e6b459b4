import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { freePages, purgeDeletedContent, withBusyTimeout } from '../sqlite/vacuum.js';

/** How long a purge waits by default for other programs to finish reading the file. */
export const DEFAULT_PURGE_WAIT_MS = 10_000;

/** Why a purge could not finish: another program holds the file, or the disk is full. */
export type PurgeBlock = 'busy' | 'disk_full';

/** What a purge found after it ran: whether the file is clean, and what showed it. */
export interface PurgeReport {
  complete: boolean;
  blocked: PurgeBlock | null;
  /** Bytes left in the `-wal` file (0 when complete). */
  walBytes: number;
  /** Pages on the file's free list (0 when complete). */
  freePages: number;
}

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0; // no -wal file: nothing beside the database
  }
}

function sqliteCode(e: unknown): string {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/**
 * Purges the project file after a withdrawal committed, then verifies it: the FTS index merged,
 * the file rebuilt by VACUUM, the WAL checkpointed into it and truncated. Waits up to `waitMs`
 * for other connections that read an older snapshot (their old pages hold the words until they
 * let go). Complete only if the checkpoint finished, the `-wal` file is empty and no page is
 * free; otherwise says why, and nothing is claimed.
 */
export function purgeFile(db: Database.Database, file: string, waitMs: number): PurgeReport {
  let blocked: PurgeBlock | null = null;
  try {
    const checkpoint = withBusyTimeout(db, waitMs, () => purgeDeletedContent(db));
    if (checkpoint.busy !== 0 || checkpoint.log !== 0) blocked = 'busy';
  } catch (e) {
    const code = sqliteCode(e);
    if (code === 'SQLITE_FULL') blocked = 'disk_full';
    else if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) blocked = 'busy';
    else throw e;
  }
  const report = { walBytes: walBytes(file), freePages: freePages(db) };
  const complete = blocked === null && report.walBytes === 0 && report.freePages === 0;
  return { complete, blocked: complete ? null : (blocked ?? 'busy'), ...report };
}
