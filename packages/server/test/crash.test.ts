import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '@polyphony/store';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from './server-process.js';
import { verifyProject, writeLoad } from './write-load.js';

/** kill -9 runs: 10 in `npm test`; a nightly run sets POLYPHONY_CRASH_RUNS=200, say. */
const RUNS = Number(process.env.POLYPHONY_CRASH_RUNS ?? 10);

describe('a server killed with SIGKILL', () => {
  it(`keeps every acknowledged write and an intact file, over ${RUNS} kill -9 runs`, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'polyphony-crash-')), 'crash.polyphony');
    await (await openProject(file, { create: true })).close();
    const acked: string[] = [];
    const lost: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const server = await startServerProcess(file, `run ${run}`);
      // Killed after 10–80 acknowledged writes, with six more on their way.
      const target = 10 + Math.floor(Math.random() * 70);
      let killed: Promise<void> | undefined;
      const load = await writeLoad(server, `run ${run}`, (_, sofar) => {
        if (sofar.acked.length >= target) killed ??= server.kill9();
        return false;
      }, 6);
      await killed;
      expect(server.child.signalCode).toBe('SIGKILL');
      expect(load.statuses.filter((s) => s !== null && s >= 500)).toEqual([]);
      acked.push(...load.acked);
      // Reopening checks the file (a damaged one is refused) and recovers the WAL, every run.
      const { missing, integrity } = await verifyProject(file, acked);
      expect(integrity).toBe('ok');
      lost.push(...missing);
    }
    console.info(`kill -9: ${RUNS} runs, ${acked.length} acknowledged writes, ${lost.length} lost`);
    expect(lost).toEqual([]);
  }, Math.max(120_000, RUNS * 10_000));
});
