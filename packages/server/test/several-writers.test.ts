import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '@polyphony/store';
import { describe, expect, it } from 'vitest';
import { runCli, startServerProcess } from './server-process.js';
import { verifyProject, writeLoad } from './write-load.js';

/** Writes each server takes at least; the load goes on while the CLI is still writing. */
const PER_SERVER = 160;
/** CLI commands that write while the servers do (in two chains); each is a process of its own. */
const CLI_WRITES = 4;

describe('several writers on one project file', () => {
  it('two servers and the CLI: no 5xx, every acknowledged write kept, integrity ok', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'polyphony-writers-')), 'shared.polyphony');
    await (await openProject(file, { create: true })).close();
    const servers = await Promise.all([startServerProcess(file, 'one'), startServerProcess(file, 'two')]);
    try {
      let cliDone = false;
      const chain = async (from: number) => {
        const codes: (number | null)[] = [];
        for (let i = from; i < CLI_WRITES; i += 2) codes.push((await runCli(['codes', 'create', file, `cli #${i}`])).code);
        return codes;
      };
      const cli = Promise.all([chain(0), chain(1)]).then((chains) => {
        cliDone = true;
        return chains.flat();
      });
      const enough = (sent: number) => (sent >= PER_SERVER && cliDone) || sent >= 20 * PER_SERVER;
      const [one, two, cliCodes] = await Promise.all([writeLoad(servers[0], 'one', enough), writeLoad(servers[1], 'two', enough), cli]);
      const statuses = [...one.statuses, ...two.statuses];
      expect(statuses.length).toBeGreaterThanOrEqual(2 * PER_SERVER);
      expect(statuses.filter((s) => s === null || s >= 500)).toEqual([]);
      expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
      expect(cliCodes).toEqual(Array(CLI_WRITES).fill(0));
      await Promise.all(servers.map((s) => s.stop()));
      const acked = [...one.acked, ...two.acked, ...Array.from({ length: CLI_WRITES }, (_, i) => `cli #${i}`)];
      expect(await verifyProject(file, acked)).toEqual({ missing: [], integrity: 'ok' });
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });
});
