import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';

interface Coding { id: string; segmentInfo: { id: string; exact: string; start: number; status: string } }

/** Text corrections re-anchor segments; undo/redo and the log; withdrawal leaves no words behind. */
describe('editing, undo and withdrawal', () => {
  const dir = tempDir();
  const file = path.join(dir, 'e.polyphony');
  const codings = () => cli(['codings', 'list', file, '--source', 'A1', '--json']).json<Coding[]>();

  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'people.csv'), 'participant,perspective,case\nA1,A,X\nB1,B,X\n');
    fs.writeFileSync(
      path.join(dir, 'A1.txt'),
      'Interviewer: Tell me about Kari.\n\nA1: Kari said the plan was fine. I was not so sure about the mornings.\n\nInterviewer: And then?\n\nA1: Then we talked about money. Kari wrote it down.\n',
    );
    fs.writeFileSync(path.join(dir, 'B1.txt'), 'Interviewer: Hello.\n\nB1: My secret word is zanzibarquokka and nobody else says it.\n');
    expect(cli(['init', file]).code).toBe(0);
    expect(cli(['import', file, path.join(dir, 'A1.txt'), path.join(dir, 'B1.txt'), '--participants', path.join(dir, 'people.csv')]).code).toBe(0);
    cli(['codes', 'create', file, 'Doubt']);
    cli(['codes', 'create', file, 'Money']);
    cli(['codes', 'create', file, 'Secret']);
    expect(cli(['code', file, '--source', 'A1', '--code', 'Doubt', '--quote', 'I was not so sure about the mornings.']).code).toBe(0);
    expect(cli(['code', file, '--source', 'A1', '--code', 'Money', '--quote', 'Kari wrote it down.']).code).toBe(0);
    expect(cli(['code', file, '--source', 'B1', '--code', 'Secret', '--quote', 'My secret word is zanzibarquokka']).code).toBe(0);
  });

  it('replacing a name everywhere re-anchors every segment and reports what happened', () => {
    const r = cli(['sources', 'replace', file, 'A1', '--find', 'Kari', '--with', '[name]', '--json']).json<{ stayed: number; moved: number; orphaned: number }>();
    expect(r.stayed + r.moved).toBe(2);
    expect(r.orphaned).toBe(0);
    const quotes = codings().map((c) => c.segmentInfo.exact).sort();
    expect(quotes).toEqual(['I was not so sure about the mornings.', '[name] wrote it down.']);
    const text = cli(['sources', 'show', file, 'A1', '--json']).json<{ text: string }>().text;
    for (const c of codings())
      expect(text.slice(c.segmentInfo.start, c.segmentInfo.start + c.segmentInfo.exact.length)).toBe(c.segmentInfo.exact);
  });

  it('a corrected file that deletes a coded sentence leaves an orphan to review, never a silent loss', () => {
    fs.writeFileSync(
      path.join(dir, 'A1.txt'),
      'Interviewer: Tell me about [name].\n\nA1: [name] said the plan was fine.\n\nInterviewer: And then?\n\nA1: Then we talked about money. [name] wrote it down.\n',
    );
    const r = cli(['import', file, path.join(dir, 'A1.txt'), '--json']).json<{ results: { status: string; reanchored: { orphaned: number } }[] }>();
    expect(r.results[0]).toMatchObject({ status: 'updated', reanchored: { orphaned: 1 } });
    const orphans = cli(['orphans', 'list', file, '--json']).json<{ id: string; exact: string }[]>();
    expect(orphans.map((o) => o.exact)).toEqual(['I was not so sure about the mornings.']);
    expect(cli(['orphans', 'reattach', file, orphans[0]!.id, '--quote', 'the plan was fine.']).code).toBe(0);
    expect(cli(['orphans', 'list', file, '--json']).json<unknown[]>()).toEqual([]);
  });

  it('undo and redo restore analytic actions, and the log records who did what', () => {
    const count = () => codings().length;
    const n = count();
    expect(cli(['code', file, '--source', 'A1', '--code', 'Money', '--quote', 'Then we talked about money.']).code).toBe(0);
    expect(count()).toBe(n + 1);
    expect(cli(['undo', file]).code).toBe(0);
    expect(count()).toBe(n);
    expect(cli(['redo', file]).code).toBe(0);
    expect(count()).toBe(n + 1);
    expect(cli(['codes', 'delete', file, 'Money']).code).toBe(0);
    expect(count()).toBe(n - 1);
    expect(cli(['undo', file]).code).toBe(0);
    expect(count()).toBe(n + 1);
    const log = cli(['log', file, '--json']).json<{ actor: string; action: string }[]>();
    expect(log.some((e) => e.actor === 'tester' && /cod/.test(e.action))).toBe(true);
  });

  it('withdrawal removes every word of a participant from the file', () => {
    expect(cli(['withdraw', file, 'B1']).stdout).toMatch(/--yes/);
    expect(cli(['search', file, 'zanzibarquokka', '--json']).json<{ total: number }>().total).toBe(1);
    const r = cli(['withdraw', file, 'B1', '--yes']);
    expect(r.code).toBe(0);
    expect(cli(['search', file, 'zanzibarquokka', '--json']).json<{ total: number }>().total).toBe(0);
    const bytes = Buffer.concat(['', '-wal', '-shm'].filter((s) => fs.existsSync(file + s)).map((s) => fs.readFileSync(file + s)));
    expect(bytes.includes(Buffer.from('zanzibarquokka'))).toBe(false);
    expect(bytes.includes(Buffer.from('My secret word'))).toBe(false);
    const people = cli(['participants', 'list', file, '--json']).json<{ id: string; status: string }[]>();
    expect(people.find((p) => p.id === 'B1')?.status).toBe('withdrawn');
    expect(cli(['log', file, '--json']).json<{ action: string }[]>().some((e) => e.action === 'participant.withdraw')).toBe(true);
  });
});
