import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INTERVIEW } from './fixtures.js';
import { seeded, withCode } from './helpers.js';

describe('listing segments and codings', () => {
  it('filters segments by source and state, in source order', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    const a = await p.code({ source: 'J1', code: 'C', quote: 'nobody asked' });
    const b = await p.code({ source: 'J1', code: 'C', quote: 'The money worries me too' });
    const g = await p.code({ source: 'G2', code: 'C', quote: 'støtten fortsetter' });
    await p.replaceSourceText('J1', INTERVIEW.replace('The money worries me too, ', ''));
    // G2 sorts before J1 by name; within a source, by position
    expect((await p.listSegments()).map((s) => s.id)).toEqual([g.segment.id, a.segment.id, b.segment.id]);
    expect((await p.listSegments({ source: 'J1' })).map((s) => s.id)).toEqual([a.segment.id, b.segment.id]);
    expect((await p.listSegments({ status: 'orphan' })).map((s) => s.id)).toEqual([b.segment.id]);
    const anchored = await p.listSegments({ source: 'J1', status: 'anchored' });
    expect(anchored).toEqual([expect.objectContaining({ id: a.segment.id, exact: 'nobody asked', participant: 'J1', status: 'anchored' })]);
    await expect(p.listSegments({ source: 'nope' })).rejects.toThrow(withCode('unknown_source'));
    await expect(p.listSegments({ status: 'lost' as 'orphan' })).rejects.toThrow(withCode('bad_input'));
  });

  it('filters codings by source, code and coder', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    await p.createCode({ name: 'D' });
    const one = await p.code({ source: 'J1', code: 'C', quote: 'nobody asked' });
    const two = await p.code({ source: 'J1', code: 'D', quote: 'nobody asked', coder: 'bo' });
    const three = await p.code({ source: 'G2', code: 'C', quote: 'støtten fortsetter' });
    expect((await p.listCodings({ source: 'J1' })).map((c) => c.id).sort()).toEqual([one.coding.id, two.coding.id].sort());
    expect((await p.listCodings({ code: 'C' })).map((c) => c.id)).toEqual([three.coding.id, one.coding.id]);
    expect((await p.listCodings({ coder: 'bo' })).map((c) => c.id)).toEqual([two.coding.id]);
    await expect(p.listCodings({ source: 'nope' })).rejects.toThrow(withCode('unknown_source'));
  });
});

describe('the analysis data cache', () => {
  it('follows this project’s writes, undo, and commits by another connection', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    expect((await p.analysisData()).codings.code).toEqual([]);
    const first = await p.code({ source: 'J1', code: 'C', quote: 'nobody asked' });
    const data = await p.analysisData();
    expect(data.codings.code).toEqual([first.coding.code]);
    // callers get their own arrays
    data.codings.code.push('x');
    expect((await p.analysisData()).codings.code).toHaveLength(1);
    await p.undo();
    expect((await p.analysisData()).codings.code).toEqual([]);
    // a write inside a transaction is seen inside it, and forgotten when it rolls back
    await expect(p.transaction(async (t) => {
      await t.code({ source: 'J1', code: 'C', quote: 'nobody asked' });
      expect((await t.analysisData()).codings.code).toHaveLength(1);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect((await p.analysisData()).codings.code).toEqual([]);
    // another connection (the CLI beside the server) changes the file
    const other = new Database(p.file);
    other.prepare("UPDATE codes SET name = 'Renamed'").run();
    other.close();
    expect((await p.analysisData()).codes.map((c) => c.name)).toEqual(['Renamed']);
  });
});
