import Database from 'better-sqlite3';
import { isPolyphonyError, type PolyphonyError } from '@polyphony/core';
import { describe, expect, it } from 'vitest';
import type { Project, WithdrawResult } from '../src/index.js';
import { holdRead, wordsOnDisk } from './disk-words.js';
import { tempFile, turnsOf } from './fixtures.js';
import { seeded, withCode } from './helpers.js';

const SECRET = ['Zanzibarqueen', 'Quokkafjord'];

/** The seeded project with an interview of J2's that names two made-up words found nowhere else. */
async function withInterview(file: string): Promise<Project> {
  const p = await seeded(file);
  const text = `Interviewer: Tell me.\n\nJ2: My sister ${SECRET[0]} lives in ${SECRET[1]} now.`;
  await p.addSource({ name: 'J2', kind: 'interview', participant: 'J2', text, turns: turnsOf(text, { J2: 'J2' }), format: 'txt' });
  return p;
}

/** The error a pending withdrawal throws, with the result it carries. */
async function pending(p: Project): Promise<PolyphonyError & { details: { result: WithdrawResult } }> {
  const e: unknown = await p.withdraw('J2', { waitMs: 0 }).then(() => null, (x: unknown) => x);
  if (!isPolyphonyError(e)) throw new Error(`expected withdrawal_pending, got ${String(e)}`);
  return e as PolyphonyError & { details: { result: WithdrawResult } };
}

describe('withdrawal purge', () => {
  it('does not report success while another connection reads old pages, and finishes when run again', async () => {
    const file = tempFile();
    const p = await withInterview(file);
    const reader = new Database(file);
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) AS n FROM sources').get();

      const e = await pending(p);
      expect(e.code).toBe('withdrawal_pending');
      expect(e.message).toContain('another program has the project open');
      expect(e.details.result).toMatchObject({ participant: 'J2', sources: 1, alreadyWithdrawn: false, purge: { complete: false, blocked: 'busy' } });
      // The removal committed; the old pages that still hold the words are why it is pending.
      expect((await p.listParticipants()).find((x) => x.id === 'J2')?.status).toBe('withdrawn');
      expect(wordsOnDisk(file, SECRET)).not.toEqual([]);

      reader.exec('COMMIT');
      const r = await p.withdraw('J2', { waitMs: 0 });
      expect(r).toMatchObject({ participant: 'J2', alreadyWithdrawn: true, sources: 0, withdrawnAt: e.details.result.withdrawnAt });
      expect(r.purge).toEqual({ complete: true, blocked: null, walBytes: 0, freePages: 0 });
      // Both connections are still open: the file is clean because of the purge, not a close.
      expect(wordsOnDisk(file, SECRET)).toEqual([]);
      expect((await p.log({ limit: 5 })).filter((x) => x.action === 'participant.withdraw')).toHaveLength(1);
    } finally {
      reader.close();
    }
  });

  it('waits for a reader in another process, and is pending until it lets go', async () => {
    const file = tempFile();
    const p = await withInterview(file);
    const holder = await holdRead(file);
    try {
      expect((await pending(p)).details.result.purge.complete).toBe(false);
      expect((await pending(p)).details.result.alreadyWithdrawn).toBe(true); // again: still pending
      await holder.end();
      expect((await p.withdraw('J2', { waitMs: 0 })).purge.complete).toBe(true);
      expect(wordsOnDisk(file, [...SECRET, 'bekymret'])).toEqual([]);
    } finally {
      await holder.close();
    }
  });

  it('cannot run inside a transaction, where the purge could not follow the commit', async () => {
    const p = await withInterview(tempFile());
    await expect(p.transaction(() => p.withdraw('J2'))).rejects.toThrow(withCode('conflict'));
    expect((await p.listParticipants()).find((x) => x.id === 'J2')?.status).toBe('active');
  });
});
