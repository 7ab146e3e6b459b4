import { describe, expect, it } from 'vitest';
import { seeded, withCode } from './helpers.js';

describe('search', () => {
  it('finds stems in English and bokmål with source, speaker and perspective', async () => {
    const p = await seeded();
    const r = await p.search('worry');
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => h.snippet)).toEqual([expect.stringContaining('**worries**'), expect.stringContaining('**worries**')]);
    const s = await p.getSource('J1');
    expect(s.text.slice(r.hits[0]!.start, r.hits[0]!.end)).toBe('worries');
    expect(r.hits[0]).toMatchObject({ sourceName: 'J1', participant: 'J1', perspective: 'J', speaker: 'J1' });
    const nb = await p.search('arbeide');
    expect(nb.hits.map((h) => h.participant)).toEqual(['T2']);
  });

  it('folds case for Æ Ø Å but keeps ø a letter of its own', async () => {
    const p = await seeded();
    const ø = await p.search('ØKONOMIEN');
    expect(ø.hits.map((h) => h.participant)).toEqual(['J2']);
    const o = await p.search('okonomi');
    expect(o.hits.map((h) => h.participant)).toEqual(['S2']);
  });

  it('supports phrases, prefixes, OR and paging', async () => {
    const p = await seeded();
    expect((await p.search('"har ikke sagt"')).hits.map((h) => h.participant)).toEqual(['J2']);
    expect((await p.search('"ikke sagt har"')).total).toBe(0);
    const pre = await p.search('arb*');
    expect(pre.hits.map((h) => h.participant)).toEqual(['T2']);
    const g = await p.getSource('G2');
    expect(g.text.slice(pre.hits[0]!.start, pre.hits[0]!.end)).toBe('arbeider');
    const or = await p.search('mornings OR støtten');
    expect(or.total).toBe(2);
    const page = await p.search('mornings OR støtten', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, hits: [expect.objectContaining({ participant: 'S2' })] });
  });

  it('returns every match for coding all hits', async () => {
    const p = await seeded();
    const all = await p.searchAll('mornings');
    expect(all.map((m) => m.exact)).toEqual(['mornings', 'Mornings']);
    await p.createCode({ name: 'M' });
    for (const m of all) await p.code({ source: m.source, code: 'M', start: m.start, end: m.end });
    expect(await p.listCodings({ code: 'M' })).toHaveLength(2);
  });

  it('rejects malformed queries with bad_input', async () => {
    const p = await seeded();
    for (const q of ['"unclosed', '', 'OR', 'a*b', '*']) await expect(p.search(q)).rejects.toThrow(withCode('bad_input'));
    await expect(p.search('x', { limit: -1 })).rejects.toThrow(withCode('bad_input'));
  });
});
