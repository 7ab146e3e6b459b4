import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdRead, wordsOnDisk } from '../../store/test/disk-words.js';
import { cli, tempDir } from './run-cli.js';

interface Result {
  status: 'done' | 'pending';
  next?: string;
  alreadyWithdrawn: boolean;
  attributes: string[];
  redacted: { kind: string; label: string; passages: number }[];
  copies: { kind: string; format: string; path: string | null }[];
  purge: { complete: boolean };
}

const SAID = 'My brother Tobiasfjell runs the bakery in Vardøhavn and hired me last spring.';
const WORDS = ['Tobiasfjell', 'Vardøhavn', 'runs the bakery', 'Lighthouse keeper'];

/** The real CLI on a project where another process is reading while a participant withdraws. */
describe('withdraw (CLI)', () => {
  const dir = tempDir();
  const file = path.join(dir, 'w.polyphony');
  const backup = path.join(dir, 'before withdrawal.polyphony');

  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'people.csv'), 'participant,perspective,case,profession\nA1,A,X,Nurse\nB1,B,X,Lighthouse keeper\n');
    fs.writeFileSync(path.join(dir, 'A1.txt'), 'Interviewer: Hello.\n\nA1: The mornings are hard for me.\n');
    fs.writeFileSync(path.join(dir, 'B1.txt'), `Interviewer: Hello.\n\nB1: ${SAID}\n`);
    expect(cli(['init', file]).code).toBe(0);
    expect(cli(['import', file, path.join(dir, 'A1.txt'), path.join(dir, 'B1.txt'), '--participants', path.join(dir, 'people.csv')]).code).toBe(0);
    expect(cli(['memo', 'add', file, 'B1 on work: “my brother Tobiasfjell runs the bakery”. Ask A1 about mornings.']).code).toBe(0);
    expect(cli(['backup', file, backup]).code).toBe(0);
    expect(cli(['export', file, '--format', 'qdpx', '--out', path.join(dir, 'study.qdpx')]).code).toBe(0);
    expect(cli(['report', file, '--out', path.join(dir, 'report.md')]).code).toBe(0);
  });

  it('says the purge is pending (exit 5) while another process reads, and --purge finishes it after', async () => {
    const holder = await holdRead(file);
    try {
      const first = cli(['withdraw', file, 'B1', '--yes', '--wait', '0']);
      expect(first.code).toBe(5);
      expect(first.stdout).toContain('B1 withdrawn.');
      expect(first.stdout).toContain('NOT FINISHED');
      expect(first.stdout).toContain(`polyphony withdraw ${file} B1 --purge`);
      expect(first.stderr).toContain('error [withdrawal_pending]');
      expect(first.stdout).not.toMatch(/is purged and checked/);

      const again = cli(['withdraw', file, 'B1', '--purge', '--wait', '0', '--json']);
      expect(again.code).toBe(5);
      expect(again.json<Result>()).toMatchObject({ status: 'pending', alreadyWithdrawn: true, purge: { complete: false } });

      await holder.end();
      const done = cli(['withdraw', file, 'B1', '--purge', '--json']);
      expect(done.code).toBe(0);
      const r = done.json<Result>();
      expect(r).toMatchObject({ status: 'done', alreadyWithdrawn: true, purge: { complete: true } });
      expect(r.copies.map((c) => [c.kind, c.format, c.path])).toEqual([
        ['backup', 'polyphony', backup],
        ['export', 'qdpx', path.join(dir, 'study.qdpx')],
        ['report', 'md', path.join(dir, 'report.md')],
      ]);
      // The other process still has the file open: it is clean because of the purge.
      expect(wordsOnDisk(file, WORDS)).toEqual([]);
      expect(wordsOnDisk(backup, WORDS)).not.toEqual([]); // the copy named above does hold them
    } finally {
      await holder.close();
    }
    const memo = cli(['memos', file, '--json']).json<{ text: string }[]>()[0]?.text;
    expect(memo).toBe('B1 on work: “[withdrawn]”. Ask A1 about mornings.');
  });

  it('prints what was removed, redacted and cleared, and which copies still hold the words', () => {
    const other = path.join(dir, 'other.polyphony');
    fs.copyFileSync(backup, other);
    const csv = path.join(dir, 'segments.csv');
    expect(cli(['export', other, '--format', 'segments-csv', '--out', csv]).code).toBe(0);
    const r = cli(['withdraw', other, 'B1', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('B1 withdrawn.');
    expect(r.stdout).toContain('Removed: 1 source, 2 turns');
    expect(r.stdout).toContain('Attributes cleared: profession');
    expect(r.stdout).toContain('project memo (text): 1 passage');
    expect(r.stdout).toContain("These copies were written before the withdrawal and still hold B1's words:");
    expect(r.stdout).toContain(`export (segments-csv)  ${csv}`);
    expect(r.stdout).toContain('is purged and checked');
    expect(wordsOnDisk(other, WORDS)).toEqual([]);
    expect(cli(['withdraw', other, 'A1', '--purge']).code).toBe(5); // A1 never withdrew: nothing to purge
  });
});
