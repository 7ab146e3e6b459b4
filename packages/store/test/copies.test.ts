import { describe, expect, it } from 'vitest';
import { tempFile } from './fixtures.js';
import { seeded } from './helpers.js';

describe('copies', () => {
  it('records each copy written, in order, with who wrote it, and keeps them out of the log and undo', async () => {
    const p = await seeded(tempFile());
    const events = (await p.log({ limit: 1000 })).length;
    await p.recordCopy({ kind: 'backup', format: 'polyphony', path: '/safe/b.polyphony', via: 'cli' });
    await p.recordCopy({ kind: 'export', format: 'qdpx', via: 'server' });
    expect((await p.listCopies()).map((c) => [c.kind, c.format, c.path, c.via, c.actor])).toEqual([
      ['backup', 'polyphony', '/safe/b.polyphony', 'cli', 'ada'],
      ['export', 'qdpx', null, 'server', 'ada'],
    ]);
    expect(await p.log({ limit: 1000 })).toHaveLength(events);
  });

  it('refuses a kind it does not know', async () => {
    const p = await seeded(tempFile());
    await expect(p.recordCopy({ kind: 'photo' as 'backup', format: 'x', via: 'cli' })).rejects.toThrow(/backup, export, report/);
  });
});
