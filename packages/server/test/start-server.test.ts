import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '@polyphony/store';
import { startServer } from '../src/start-server.js';

describe('polyphony serve', () => {
  it('prints a link with the token in the fragment (never sent to a server) and where errors are written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyphony-serve-'));
    const file = join(dir, 'study.polyphony');
    await (await openProject(file, { create: true })).close();
    const lines: string[] = [];
    const server = await startServer({ file, port: 0, open: false, webRoot: join(dir, 'no-web'), print: (l) => lines.push(l) });
    try {
      expect(lines[0]).toBe(`Polyphony is running at http://127.0.0.1:${server.port}/#token=${server.token}`);
      expect(server.url).not.toContain('?');
      expect(lines[1]).toBe(`Server errors are written to ${file}.errors.log`);
      const res = await fetch(`http://127.0.0.1:${server.port}/api/project`, { headers: { authorization: `Bearer ${server.token}` } });
      expect(res.status).toBe(200);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
