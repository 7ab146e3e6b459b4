import { describe, expect, it } from 'vitest';
import { seeded, withCode } from './helpers.js';

describe('undo, redo and the log', () => {
  it('undoes and redoes analytic batches, skipping source imports', async () => {
    const p = await seeded();
    await expect(p.undo()).rejects.toThrow(withCode('nothing_to_undo'));
    await expect(p.redo()).rejects.toThrow(withCode('nothing_to_redo'));
    await p.transaction(async (t) => {
      await t.createCode({ name: 'A' });
      await t.code({ source: 'J1', code: 'A', quote: 'Mornings are hard' });
    });
    await p.updateCode('A', { name: 'B', description: 'renamed' });
    const u1 = await p.undo();
    expect(u1.actions).toEqual(['code.update']);
    expect((await p.getCode('A')).description).toBe('');
    const u2 = await p.undo();
    expect(u2.actions).toEqual(['code.create', 'segment.create', 'coder.create', 'coding.create'].filter((a) => a !== 'coder.create'));
    expect(await p.listCodes()).toEqual([]);
    expect(await p.listCodings()).toEqual([]);
    // sources are data management, never undone
    await expect(p.undo()).rejects.toThrow(withCode('nothing_to_undo'));
    expect(await p.listSources()).toHaveLength(2);
    await p.redo();
    expect(await p.listCodings()).toHaveLength(1);
    await p.redo();
    expect((await p.getCode('B')).description).toBe('renamed');
    await expect(p.redo()).rejects.toThrow(withCode('nothing_to_redo'));
    await p.undo();
    await p.setPhase(2); // a new action ends the redo chain
    await expect(p.redo()).rejects.toThrow(withCode('nothing_to_redo'));
    await p.undo();
    expect((await p.info()).phase).toBe(1);
  });

  it('restores a deleted code with its codings in one undo', async () => {
    const p = await seeded();
    await p.createCode({ name: 'A' });
    await p.code({ source: 'J1', code: 'A', quote: 'Mornings are hard' });
    await p.createTheme({ name: 'T', codes: ['A'] });
    await p.deleteCode('A');
    await p.undo();
    expect(await p.listCodings({ code: 'A' })).toHaveLength(1);
    expect((await p.getTheme('T')).codes).toEqual([(await p.getCode('A')).id]);
  });

  it('records who did what with before and after, newest first', async () => {
    const p = await seeded();
    const c = await p.createCode({ name: 'A' });
    p.actor = 'bo';
    await p.updateCode(c.id, { description: 'x' });
    const log = await p.log({ limit: 2 });
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ action: 'code.update', actor: 'bo', entity: 'codes', entityId: c.id, before: expect.objectContaining({ description: '' }), after: expect.objectContaining({ description: 'x' }) });
    expect(log[1]).toMatchObject({ action: 'code.create', actor: 'ada', before: null });
    expect(log[0]!.batch).not.toBe(log[1]!.batch);
    const src = (await p.log({ limit: 1000 })).find((e) => e.action === 'source.create');
    expect(src?.after).not.toHaveProperty('text');
  });

  it('a failed transaction leaves no events', async () => {
    const p = await seeded();
    const before = (await p.info()).counts.events;
    await expect(p.transaction(async (t) => {
      await t.createCode({ name: 'A' });
      await t.createCode({ name: 'A' });
    })).rejects.toThrow(withCode('duplicate_name'));
    expect((await p.info()).counts.events).toBe(before);
    await expect(p.undo()).rejects.toThrow(withCode('nothing_to_undo'));
  });
});
