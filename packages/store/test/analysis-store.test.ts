import { describe, expect, it } from 'vitest';
import { INTERVIEW, MEETING } from './fixtures.js';
import { seeded, withCode } from './helpers.js';

describe('replacing source text', () => {
  it('re-anchors segments, bumps the revision and reports moved/stayed/orphaned', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    const early = await p.code({ source: 'J1', code: 'C', quote: 'How was the meeting' });
    const late = await p.code({ source: 'J1', code: 'C', quote: 'nobody asked' });
    const gone = await p.code({ source: 'J1', code: 'C', quote: 'The money worries me too' });
    const edited = INTERVIEW.replace('I said it, but', 'Yes, I said it, but').replace('The money worries me too, ', '');
    const r = await p.replaceSourceText('J1', edited);
    // "stayed" means the same text at the position mapped through the edit, even if shifted
    expect({ stayed: r.stayed, moved: r.moved, orphaned: r.orphaned }).toEqual({ stayed: 2, moved: 0, orphaned: 1 });
    const s = await p.getSource('J1');
    expect(s.revision).toBe(2);
    const moved = r.results.find((x) => x.segment.id === late.segment.id)!;
    expect(s.text.slice(moved.segment.start, moved.segment.end)).toBe('nobody asked');
    expect(moved.segment.revision).toBe(2);
    expect((await p.listOrphans()).map((o) => o.id)).toEqual([gone.segment.id]);
    expect(r.results.find((x) => x.segment.id === early.segment.id)?.outcome).toBe('stayed');
    expect(s.turns.map((t) => s.text.slice(t.textStart, t.end).slice(0, 3))).toEqual(['How', 'I w', 'Did', 'Yes']);
    // the search index follows the new text
    expect((await p.search('money')).total).toBe(0);
  });

  it('finds and replaces every occurrence, or says it found none', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    const seg = await p.code({ source: 'G2', code: 'C', quote: 'støtten fortsetter' });
    const r = await p.findReplace('G2', 'Jeg', 'Eg');
    expect(r.stayed + r.moved).toBe(1);
    const s = await p.getSource('G2');
    expect(s.text).toBe(MEETING.replaceAll('Jeg', 'Eg'));
    const now = r.results[0]!.segment;
    expect(s.text.slice(now.start, now.end)).toBe('støtten fortsetter');
    expect(now.id).toBe(seg.segment.id);
    await expect(p.findReplace('G2', 'no such words', 'x')).rejects.toThrow(withCode('quote_not_found'));
  });
});

describe('orphans', () => {
  it('can be re-attached by quote or offsets, or deleted with their codings', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    const a = await p.code({ source: 'J1', code: 'C', quote: 'Mornings are hard' });
    const b = await p.code({ source: 'J1', code: 'C', quote: 'nobody asked' });
    await p.replaceSourceText('J1', INTERVIEW.replace(' Mornings are hard, and working early shifts worries me.', '').replace('I said it, but nobody asked. ', ''));
    expect(await p.listOrphans()).toHaveLength(2);
    const re = await p.reattachSegment(a.segment.id, { quote: 'talk about the mornings' });
    expect(re).toMatchObject({ status: 'anchored', exact: 'talk about the mornings', revision: 2, participant: 'J1' });
    await expect(p.reattachSegment(b.segment.id, { start: 3, end: 1 })).rejects.toThrow(withCode('offsets_out_of_range'));
    await p.deleteSegment(b.segment.id);
    expect(await p.listOrphans()).toEqual([]);
    expect(await p.listCodings()).toHaveLength(1);
    await expect(p.deleteSegment('nope')).rejects.toThrow(withCode('not_found'));
  });
});

describe('memos and journal', () => {
  it('attaches memos to existing targets and keeps a journal per phase', async () => {
    const p = await seeded();
    const c = await p.createCode({ name: 'C' });
    await p.addMemo({ targetKind: 'code', targetId: c.id, text: 'About C' });
    await p.addMemo({ targetKind: 'project', text: 'First impressions', phase: 1 });
    await p.addMemo({ targetKind: 'project', text: 'General note' });
    expect((await p.listMemos({ journal: true })).map((m) => m.text)).toEqual(['First impressions']);
    expect((await p.listMemos({ targetKind: 'code', targetId: c.id }))[0]).toMatchObject({ author: 'ada', text: 'About C' });
    await expect(p.addMemo({ targetKind: 'code', targetId: 'nope', text: 'x' })).rejects.toThrow(withCode('not_found'));
    await expect(p.addMemo({ targetKind: 'project', text: 'x', phase: 9 })).rejects.toThrow(withCode('bad_input'));
    await expect(p.addMemo({ targetKind: 'project', text: '  ' })).rejects.toThrow(withCode('bad_input'));
  });
});

describe('themes', () => {
  it('creates themes with codes, subthemes, exemplars and triangulation', async () => {
    const p = await seeded();
    await p.createCode({ name: 'Money' });
    await p.createCode({ name: 'Hours' });
    const { segment } = await p.code({ source: 'J1', code: 'Money', quote: 'The money worries me too' });
    const main = await p.createTheme({ name: 'Security', perspective: 'J', codes: ['Money'], definition: 'd' });
    const sub = await p.createTheme({ name: 'Income', parent: 'Security', perspective: 'J' });
    const tri = await p.createTheme({ name: 'Safety net', relation: 'divergent', summaries: { J: 'worried', S: 'assured' }, drawsOn: ['Security'] });
    await p.addThemeCode('Security', 'Hours');
    await p.addExemplar('Security', segment.id);
    expect(await p.getTheme(main.id)).toMatchObject({ codes: [expect.any(String), expect.any(String)], exemplars: [segment.id], status: 'candidate' });
    expect(sub.parent).toBe(main.id);
    expect(tri).toMatchObject({ perspective: null, relation: 'divergent', summaries: { J: 'worried', S: 'assured' }, drawsOn: [main.id] });
    await p.removeThemeCode('Security', 'Hours');
    const upd = await p.updateTheme('Security', { status: 'defined', name: 'Financial security' });
    expect(upd).toMatchObject({ status: 'defined', name: 'Financial security', codes: [(await p.getCode('Money')).id] });
    await expect(p.createTheme({ name: 'Income' })).rejects.toThrow(withCode('duplicate_name'));
    await expect(p.createTheme({ name: 'X', perspective: 'Q' })).rejects.toThrow(withCode('unknown_perspective'));
    await expect(p.createTheme({ name: 'X', codes: ['nope'] })).rejects.toThrow(withCode('unknown_code'));
    await expect(p.updateTheme('Financial security', { parent: 'Income' })).rejects.toThrow(withCode('bad_input'));
    await expect(p.getTheme('nope')).rejects.toThrow(withCode('unknown_theme'));
    await p.deleteTheme(main.id);
    expect((await p.getTheme('Income')).parent).toBeNull();
    expect((await p.getTheme('Safety net')).drawsOn).toEqual([]);
    expect((await p.listThemes()).map((t) => t.name)).toEqual(['Income', 'Safety net']);
  });
});

describe('snapshot and analysis data', () => {
  it('round-trips a project through snapshot/loadSnapshot', async () => {
    const p = await seeded();
    await p.createCode({ name: 'Money' });
    await p.createCode({ name: 'Worry', parent: 'Money' });
    const { segment } = await p.code({ source: 'J1', code: 'Money', quote: 'The money worries me too' });
    await p.code({ source: 'G2', code: 'Worry', quote: 'bekymret' });
    await p.createTheme({ name: 'Security', perspective: 'J', codes: ['Money'] });
    await p.createTheme({ name: 'Sub', parent: 'Security' });
    await p.addExemplar('Security', segment.id);
    await p.addMemo({ targetKind: 'project', text: 'journal', phase: 2 });
    const snap = await p.snapshot();
    const q = await seeded();
    await expect(q.loadSnapshot(snap)).rejects.toThrow(withCode('conflict'));
    const { openProject } = await import('../src/index.js');
    const { tempFile } = await import('./fixtures.js');
    const empty = await openProject(tempFile(), { create: true });
    await empty.loadSnapshot(snap);
    expect(await empty.snapshot()).toEqual(snap);
    expect((await empty.search('bekymret')).total).toBe(1);
    await empty.close();
  });

  it('fills AnalysisData with anchored segments and coding indexes', async () => {
    const p = await seeded();
    await p.createCode({ name: 'Money' });
    const a = await p.code({ source: 'J1', code: 'Money', quote: 'The money worries me too' });
    await p.code({ source: 'G2', code: 'Money', quote: 'økonomien' });
    await p.code({ source: 'J1', code: 'Money', quote: 'Mornings are hard' });
    await p.replaceSourceText('J1', INTERVIEW.replace(' Mornings are hard, and working early shifts worries me.', ''));
    const d = await p.analysisData();
    expect(d.segments.id).toHaveLength(2);
    expect(d.segments.id).toContain(a.segment.id);
    expect(d.codings.segment).toHaveLength(2);
    const participants = d.codings.segment.map((i) => d.segments.participant[i]).sort();
    expect(participants).toEqual(['J1', 'J2']);
    expect(d.perspectives.map((x) => x.id)).toEqual(['J', 'T', 'S']);
  });
});
