import { PolyphonyError } from '@polyphony/core';
import type Database from 'better-sqlite3';
import type { Q } from '../db/schema.js';
import { listCopies, type CopyRecord } from '../copies/copies.js';
import { DEFAULT_PURGE_WAIT_MS, purgeFile, type PurgeReport } from './purge.js';
import type { Withdrawal } from './withdraw.js';

/** Options of a withdrawal. */
export interface WithdrawOptions {
  /** How long to wait for other programs reading the file before saying the purge is pending. */
  waitMs?: number;
}

/** What a withdrawal did, which earlier copies still hold the words, and the verified purge. */
export interface WithdrawResult extends Withdrawal {
  /** Backups, exports and reports written before the withdrawal: they still hold the words. */
  copies: CopyRecord[];
  purge: PurgeReport;
}

function pendingMessage(r: WithdrawResult, file: string): string {
  const why = r.purge.blocked === 'disk_full'
    ? 'the disk has too little free space to rewrite it (a purge needs about the size of the file); free some space'
    : 'another program has the project open and is reading it (a running `polyphony serve`, another command, a sync or backup tool); close it';
  return `${r.participant}'s words are removed from the project, but ${file} and its -wal file may still hold old copies of them: ` +
    `${why}, then withdraw ${r.participant} again to finish the purge`;
}

/**
 * The part of a withdrawal after its transaction committed: purges and verifies the file, and
 * lists the copies written before the withdrawal. `withdrawal_pending` (with the whole result in
 * its details) if the purge could not finish: success is never reported while old pages remain.
 */
export async function completeWithdrawal(q: Q, db: Database.Database, file: string, done: Withdrawal, options: WithdrawOptions): Promise<WithdrawResult> {
  const purge = purgeFile(db, file, options.waitMs ?? DEFAULT_PURGE_WAIT_MS);
  const result: WithdrawResult = { ...done, copies: await listCopies(q, done.withdrawnAt), purge };
  if (!purge.complete) throw new PolyphonyError('withdrawal_pending', pendingMessage(result, file), { participant: done.participant, file, result });
  return result;
}
