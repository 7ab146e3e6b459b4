import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from '../src/index.js';
import { tempFile } from './fixtures.js';

describe('writes from several callers', () => {
  it("keeps a concurrent caller's write out of another caller's transaction that rolls back", async () => {
    const p = await openProject(tempFile(), { create: true });
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const failing = p.transaction(async () => {
      await p.createCode({ name: 'inside' });
      opened();
      await sleep(20);
      throw new Error('the first request fails after a pause');
    });
    // Started (by another request, say) while the first transaction is open: it must not join it.
    await isOpen;
    const concurrent = p.createCode({ name: 'outside' });
    await expect(failing).rejects.toThrow(/first request fails/);
    await expect(concurrent).resolves.toMatchObject({ name: 'outside' });
    expect((await p.listCodes()).map((c) => c.name)).toEqual(['outside']);
    await p.close();
  });

  it('lets two connections to one file write interleaved transactions without a lock error', async () => {
    const file = tempFile();
    const a = await openProject(file, { create: true, actor: 'a' });
    const b = await openProject(file, { actor: 'b' });
    const writes = Array.from({ length: 60 }, (_, i) =>
      (i % 2 ? a : b).transaction(async (p) => {
        // Reads first, then writes after a pause: another connection commits in between.
        await p.listCodes();
        await sleep(1);
        return p.createCode({ name: `code ${i}` });
      }),
    );
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect((await a.listCodes()).length).toBe(60);
    await a.close();
    await b.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });
});
