import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject, type Project } from '../src/index.js';
import { INTERVIEW, MEETING, seededProject, tempFile, turnsOf } from './fixtures.js';

let open: Project[] = [];
afterEach(async () => {
  for (const p of open) await p.close();
  open = [];
});
async function seeded(file?: string): Promise<Project> {
  const p = await seededProject(file);
  open.push(p);
  return p;
}
const code = (c: string) => expect.objectContaining({ code: c });

describe('openProject', () => {
  it('creates, reopens and refuses the wrong mode', async () => {
    const file = tempFile('my-study.polyphony');
    await expect(openProject(file)).rejects.toThrow(code('project_not_found'));
    const p = await openProject(file, { create: true });
    const info = await p.info();
    expect(info.name).toBe('my-study');
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.phase).toBe(1);
    await p.close();
    expect(existsSync(file)).toBe(true);
    await expect(openProject(file, { create: true })).rejects.toThrow(code('project_exists'));
    const again = await openProject(file);
    expect((await again.info()).id).toBe(info.id);
    await again.close();
  });

  it('sets name and phase, rejecting a phase outside 1–6', async () => {
    const p = await seeded();
    await p.setName('IPS');
    await p.setPhase(3);
    expect(await p.info()).toMatchObject({ name: 'IPS', phase: 3 });
    await expect(p.setPhase(7)).rejects.toThrow(code('bad_input'));
  });
});

describe('participants and sources', () => {
  it('creates missing perspectives and cases for participants', async () => {
    const p = await seeded();
    await p.upsertParticipants([{ id: 'X1', perspective: 'X', case: 'G9', attributes: { gender: 'female' }, status: 'active' }]);
    expect((await p.listPerspectives()).map((x) => x.id)).toEqual(['J', 'T', 'S', 'X']);
    expect((await p.listCases()).find((c) => c.id === 'G9')).toEqual({ id: 'G9', label: 'G9' });
    expect((await p.listParticipants()).find((x) => x.id === 'X1')?.attributes).toEqual({ gender: 'female' });
  });

  it('stores, lists and gets sources; names are unique', async () => {
    const p = await seeded();
    const s = await p.getSource('G2');
    expect(s.text).toBe(MEETING);
    expect(s.turns.map((t) => t.participant)).toEqual(['J2', 'T2', 'S2']);
    expect(s.revision).toBe(1);
    const list = await p.listSources();
    expect(list.map((x) => x.name)).toEqual(['G2', 'J1']);
    expect(list[0]).not.toHaveProperty('text');
    expect(list[0]).toMatchObject({ language: 'nb', turnCount: 3 });
    await expect(p.addSource({ name: 'G2', kind: 'meeting', participant: null, text: 'x', turns: [], format: 'txt' })).rejects.toThrow(code('already_exists'));
    await expect(p.getSource('nope')).rejects.toThrow(code('unknown_source'));
  });

  it('normalises text and rejects turns outside it or unknown speakers', async () => {
    const p = await seeded();
    const s = await p.addSource({ name: 'crlf', kind: 'field-note', participant: null, text: '\uFEFFa\r\nb', turns: [], format: 'txt' });
    expect(s.text).toBe('a\nb');
    expect(s.turns).toHaveLength(1);
    const bad = [{ seq: 0, speaker: 'J1', participant: 'J1', isInterviewer: false, start: 0, end: 99, textStart: 4, startMs: null, endMs: null }];
    await expect(p.addSource({ name: 'bad', kind: 'interview', participant: null, text: 'J1: hi', turns: bad, format: 'txt' })).rejects.toThrow(code('bad_input'));
    await expect(p.addSource({ name: 'who', kind: 'interview', participant: null, text: 'Z9: hi', turns: turnsOf('Z9: hi', { Z9: 'Z9' }), format: 'txt' })).rejects.toThrow(code('unknown_participant'));
    expect((await p.listSources()).map((x) => x.name)).not.toContain('bad');
  });
});

describe('codes', () => {
  it('creates with palette colours, unique names, parents and updates', async () => {
    const p = await seeded();
    const a = await p.createCode({ name: 'Mornings', description: 'Hard mornings' });
    const b = await p.createCode({ name: 'Money', parent: 'Mornings' });
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(b.color).not.toBe(a.color);
    expect(b.parent).toBe(a.id);
    await expect(p.createCode({ name: 'Money' })).rejects.toThrow(code('duplicate_name'));
    await expect(p.createCode({ name: 'X', parent: 'nope' })).rejects.toThrow(code('unknown_code'));
    await expect(p.createCode({ name: 'Y', color: 'red' })).rejects.toThrow(code('bad_input'));
    await expect(p.updateCode(a.id, { parent: 'Money' })).rejects.toThrow(code('bad_input'));
    const renamed = await p.updateCode('Money', { name: 'Finances', parent: null });
    expect(renamed).toMatchObject({ name: 'Finances', parent: null });
    expect((await p.getCode('Finances')).id).toBe(b.id);
    await expect(p.getCode('Money')).rejects.toThrow(code('unknown_code'));
    expect((await p.listCodes()).map((c) => c.name)).toEqual(['Finances', 'Mornings']);
  });

  it('deleting a code removes its codings and lifts its subcodes', async () => {
    const p = await seeded();
    const a = await p.createCode({ name: 'A' });
    await p.createCode({ name: 'A1', parent: 'A' });
    await p.code({ source: 'J1', code: 'A', quote: 'Mornings are hard' });
    await p.deleteCode(a.id);
    expect(await p.listCodings()).toEqual([]);
    expect((await p.getCode('A1')).parent).toBeNull();
  });
});

describe('codings', () => {
  it('codes by quote and by offsets, sharing one segment', async () => {
    const p = await seeded();
    await p.createCode({ name: 'Mornings' });
    await p.createCode({ name: 'Hard' });
    const r1 = await p.code({ source: 'J1', code: 'Mornings', quote: 'Mornings are hard' });
    const start = INTERVIEW.indexOf('Mornings are hard');
    expect(r1.segment).toMatchObject({ start, end: start + 17, exact: 'Mornings are hard', participant: 'J1', status: 'anchored' });
    const r2 = await p.code({ source: 'J1', code: 'Hard', start, end: start + 17, coder: 'bo', comment: 'in vivo' });
    expect(r2.segment.id).toBe(r1.segment.id);
    expect(r1.coding.coder).toBe('ada');
    expect((await p.listCodings({ coder: 'bo' })).map((c) => c.comment)).toEqual(['in vivo']);
    expect(await p.listCodings({ code: 'Mornings' })).toHaveLength(1);
    await expect(p.code({ source: 'J1', code: 'Mornings', quote: 'Mornings are hard' })).rejects.toThrow(code('already_exists'));
    const c = await p.setCodingComment(r1.coding.id, 'note');
    expect(c.comment).toBe('note');
    await p.uncode(r1.coding.id);
    expect(await p.listCodings()).toHaveLength(1);
    await expect(p.uncode(r1.coding.id)).rejects.toThrow(code('not_found'));
  });

  it('gives the segment the participant of its turn in a group transcript', async () => {
    const p = await seeded();
    await p.createCode({ name: 'Support' });
    const r = await p.code({ source: 'G2', code: 'Support', quote: 'støtten fortsetter' });
    expect(r.segment.participant).toBe('S2');
  });

  it('names every bad coding request', async () => {
    const p = await seeded();
    await p.createCode({ name: 'C' });
    await expect(p.code({ source: 'J1', code: 'nope', start: 0, end: 4 })).rejects.toThrow(code('unknown_code'));
    await expect(p.code({ source: 'nope', code: 'C', start: 0, end: 4 })).rejects.toThrow(code('unknown_source'));
    await expect(p.code({ source: 'J1', code: 'C', quote: 'not in the text' })).rejects.toThrow(code('quote_not_found'));
    await expect(p.code({ source: 'J1', code: 'C', start: 5, end: 5000 })).rejects.toThrow(code('offsets_out_of_range'));
    await expect(p.code({ source: 'J1', code: 'C', start: 5, end: 2 })).rejects.toThrow(code('offsets_out_of_range'));
    await expect(p.code({ source: 'J1', code: 'C' })).rejects.toThrow(code('bad_input'));
  });
});

describe('transaction', () => {
  it('is all or nothing, and nested calls join it', async () => {
    const p = await seeded();
    await expect(p.transaction(async (t) => {
      await t.createCode({ name: 'Kept?' });
      await t.transaction(async () => t.code({ source: 'J1', code: 'Kept?', quote: 'Mornings are hard' }));
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await p.listCodes()).toEqual([]);
    expect(await p.listCodings()).toEqual([]);
    await p.transaction(async (t) => {
      await t.createCode({ name: 'Both' });
      await t.code({ source: 'J1', code: 'Both', quote: 'Mornings are hard' });
    });
    expect(await p.listCodings()).toHaveLength(1);
  });
});
