import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '@polyphony/store';
import { describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { verifyProject, writeLoad } from './write-load.js';

/** kill -9 runs: 10 in `npm test`; a nightly run sets POLYPHONY_CRASH_RUNS=200, say. */
const RUNS = Number(process.env.POLYPHONY_CRASH_RUNS ?? 10);

describe('a server killed with SIGKILL', () => {
  it(`keeps every acknowledged write and an intact file, over ${RUNS} kill -9 runs`, async () => {
    // Runs alternate between two files, so the next run's server starts (most of a run's time)
    // while this run's is loaded, killed and its file checked; each file sees its crashes in turn.
    const dir = mkdtempSync(join(tmpdir(), 'polyphony-crash-'));
    const files = [join(dir, 'a.polyphony'), join(dir, 'b.polyphony')] as const;
    for (const file of files) await (await openProject(file, { create: true })).close();
    const acked: string[][] = [[], []];
    let lost = 0;
    let next: Promise<ServerProcess> | undefined = startServerProcess(files[0], 'run 0');
    try {
      for (let run = 0; run < RUNS; run++) {
        const server: ServerProcess = await next!;
        next = run + 1 < RUNS ? startServerProcess(files[(run + 1) % 2]!, `run ${run + 1}`) : undefined;
        // Killed after 5–40 acknowledged writes, with six more on their way.
        const target = 5 + Math.floor(Math.random() * 35);
        let killed: Promise<void> | undefined;
        const load = await writeLoad(server, `run ${run}`, (_, sofar) => {
          if (sofar.acked.length >= target) killed ??= server.kill9();
          return false;
        }, 6);
        await killed;
        expect(server.child.signalCode).toBe('SIGKILL');
        expect(load.statuses.filter((s) => s !== null && s >= 500)).toEqual([]);
        const mine = acked[run % 2]!;
        mine.push(...load.acked);
        // Reopening checks the file (a damaged one is refused) and recovers its WAL, every run.
        const { missing, integrity } = await verifyProject(files[run % 2]!, mine);
        expect(integrity).toBe('ok');
        lost += missing.length;
      }
    } finally {
      await (await next?.catch(() => undefined))?.kill9();
    }
    console.info(`kill -9: ${RUNS} runs, ${acked[0]!.length + acked[1]!.length} acknowledged writes, ${lost} lost`);
    expect(lost).toBe(0);
  }, Math.max(120_000, RUNS * 10_000));
});
