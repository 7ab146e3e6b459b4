import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '@polyphony/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakPageOf, fileState, foreignDatabase } from '../../store/test/file-state.js';
import { sealablePlace, sealing, type SealablePlace } from '../../store/test/mounts.js';
import { cli, tempDir } from './run-cli.js';

/** A refusal a person can act on: one line with the code and the file, no stack trace. */
function expectClearError(r: ReturnType<typeof cli>, code: string, exit: number, file: string): void {
  expect(r.code).toBe(exit);
  expect(r.stderr).toContain(`error [${code}]`);
  expect(r.stderr).toContain(file);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('the CLI on a file that is not a usable project', () => {
  const dir = tempDir();

  it('refuses an empty file, another program\'s database and a damaged project, changing none of them', () => {
    const empty = path.join(dir, 'empty.polyphony');
    fs.writeFileSync(empty, '');
    const recipes = path.join(dir, 'recipes.db');
    foreignDatabase(recipes, 'wal');
    for (const [file, args] of [[empty, ['info']], [recipes, ['codes', 'create']]] as const) {
      const before = fileState(file);
      expectClearError(cli([...args, file, ...(args.length > 1 ? ['x'] : [])]), 'not_a_project', 3, file);
      expect(fileState(file)).toEqual(before);
    }

    const damaged = path.join(dir, 'damaged.polyphony');
    expect(cli(['init', damaged]).code).toBe(0);
    expect(cli(['memo', 'add', damaged, 'A reflexive note. '.repeat(400)]).code).toBe(0);
    breakPageOf(damaged, 'memos');
    const before = fileState(damaged);
    const r = cli(['info', damaged]);
    expectClearError(r, 'corrupt_project', 3, damaged);
    expect(r.stderr).toMatch(/polyphony backup/);
    expect(fileState(damaged)).toEqual(before);
  });
});

const sealed = sealing();
const reason = 'reason' in sealed ? sealed.reason : '';
if (reason) console.warn(`CLI read-only test SKIPPED: ${reason}`);

describe.skipIf(reason !== '')(`the CLI on a read-only project (${'how' in sealed ? sealed.how : `skipped: ${reason}`})`, () => {
  const out = tempDir();
  let place: SealablePlace;
  let file = '';
  beforeAll(() => {
    place = sealablePlace();
    file = path.join(place.dir, 'archived.polyphony');
    expect(cli(['demo', file]).code).toBe(0);
    place.seal();
  });
  afterAll(() => {
    place.unseal();
    place.remove();
  });

  it('reads: table, report, search, export and backup still work, writing nothing there', () => {
    const before = fileState(file);
    for (const args of [
      ['table', file],
      ['report', file, '--out', path.join(out, 'report.md')],
      ['search', file, 'work'],
      ['export', file, '--format', 'analysis', '--out', path.join(out, 'analysis.json')],
      ['backup', file, path.join(out, 'copy.polyphony')],
    ]) {
      const r = cli(args);
      expect({ args: args[0], code: r.code, stderr: r.stderr }).toEqual({ args: args[0], code: 0, stderr: '' });
    }
    expect(fileState(file)).toEqual(before);
    expect(cli(['info', path.join(out, 'copy.polyphony')]).code).toBe(0);
  });

  it('refuses a change with read_only and exit 7, saying reads still work', () => {
    const before = fileState(file);
    const r = cli(['codes', 'create', file, 'New code']);
    expectClearError(r, 'read_only', 7, file);
    expect(r.stderr).toMatch(/can be read/);
    expect(cli(['undo', file]).code).toBe(7);
    expect(fileState(file)).toEqual(before);
  });

  it('serves it: the workbench reads, and a change answers 409 read_only', async () => {
    const server = await startServer({ file, port: 0, open: false, print: () => undefined });
    try {
      const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
      const base = `http://127.0.0.1:${server.port}`;
      const codes = await fetch(`${base}/api/codes`, { headers });
      expect(codes.status).toBe(200);
      expect(((await codes.json()) as unknown[]).length).toBeGreaterThan(0);
      const write = await fetch(`${base}/api/codes`, { method: 'POST', headers, body: JSON.stringify({ name: 'New code' }) });
      expect(write.status).toBe(409);
      expect(await write.json()).toMatchObject({ code: 'read_only' });
    } finally {
      await server.close();
    }
  });
});
