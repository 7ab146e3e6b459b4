import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '@polyphony/core';
import { openProject } from '../src/index.js';
import { tempFile } from './fixtures.js';
import { seeded, withCode } from './helpers.js';

/** Names that break a rule, with the words the message must hold. */
const BAD: { what: string; name: string; words: string }[] = [
  { what: 'a NUL', name: 'Pres\u0000sure', words: 'contains a NUL character (U+0000) at position 5' },
  { what: 'a right-to-left override', name: 'Pres\u202Esure', words: 'contains a right-to-left override (U+202E) at position 5' },
  { what: 'only a zero-width space', name: '\u200B', words: 'contains a zero-width space (U+200B) at position 1' },
  { what: 'a lone surrogate', name: 'A\uD83Db', words: 'contains a lone surrogate (U+D83D)' },
  { what: 'a line break', name: 'Line\nbreak', words: 'contains a line break (U+000A) at position 5' },
  { what: 'only spaces', name: '   ', words: 'cannot be empty' },
  { what: '201 characters', name: 'x'.repeat(201), words: 'is 201 characters long; a name has at most 200' },
];

// Ø has no decomposed form; the å of "på" has (a + U+030A).
const NFC = 'Økonomi på sikt';
const NFD = NFC.normalize('NFD');

/** Rejects with `invalid_name` and a message holding `words`. */
const refusedWith = (words: string) => expect.objectContaining({ code: 'invalid_name', message: expect.stringContaining(words) });

describe('the name rules at the store', () => {
  it.each(BAD)('a code name with $what is refused and nothing is written', async ({ name, words }) => {
    const p = await seeded();
    const before = (await p.info()).counts;
    await expect(p.createCode({ name })).rejects.toThrow(refusedWith(words));
    await p.createCode({ name: 'Money' });
    await expect(p.updateCode('Money', { name })).rejects.toThrow(refusedWith(words));
    expect((await p.info()).counts).toEqual({ ...before, codes: 1, events: before.events + 1 });
    expect((await p.getCode('Money')).name).toBe('Money');
  });

  it('a code name is stored NFC and trimmed, so its decomposed twin is a duplicate, and either finds it', async () => {
    const p = await seeded();
    const made = await p.createCode({ name: ` ${NFC}\t` });
    expect(made.name).toBe(NFC);
    await expect(p.createCode({ name: NFD })).rejects.toThrow(withCode('duplicate_name'));
    expect((await p.getCode(NFD)).id).toBe(made.id);
    const other = await p.createCode({ name: 'Other' });
    await expect(p.updateCode(other.id, { name: NFD })).rejects.toThrow(withCode('duplicate_name'));
  });

  it('accepts the joiners Persian and emoji need', async () => {
    const p = await seeded();
    expect((await p.createCode({ name: 'می\u200Cخواهم' })).name).toBe('می\u200Cخواهم');
    expect((await p.createTheme({ name: 'Familie 👨\u200D👩\u200D👧' })).name).toBe('Familie 👨\u200D👩\u200D👧');
  });

  it.each(BAD)('a theme name with $what is refused, on create and on update', async ({ name, words }) => {
    const p = await seeded();
    await expect(p.createTheme({ name })).rejects.toThrow(refusedWith(words));
    await p.createTheme({ name: 'Being heard' });
    await expect(p.updateTheme('Being heard', { name })).rejects.toThrow(refusedWith(words));
    expect((await p.listThemes()).map((t) => t.name)).toEqual(['Being heard']);
  });

  it('a theme name NFD after NFC is a duplicate', async () => {
    const p = await seeded();
    await p.createTheme({ name: NFC });
    await expect(p.createTheme({ name: NFD })).rejects.toThrow(withCode('duplicate_name'));
  });

  it.each(BAD)('a source name with $what is refused', async ({ name, words }) => {
    const p = await seeded();
    await expect(p.addSource({ name, kind: 'document', participant: null, text: 'Notes', turns: [], format: 'txt' })).rejects.toThrow(refusedWith(words));
    expect((await p.listSources()).map((s) => s.name)).toEqual(['G2', 'J1']);
  });

  it('a source name NFD after NFC is taken', async () => {
    const p = await seeded();
    await p.addSource({ name: NFC, kind: 'document', participant: null, text: 'Notes', turns: [], format: 'txt' });
    await expect(p.addSource({ name: NFD, kind: 'document', participant: null, text: 'More', turns: [], format: 'txt' })).rejects.toThrow(withCode('already_exists'));
    expect((await p.getSource(NFD)).name).toBe(NFC);
  });

  it('perspective ids and labels, case ids and labels, and participant ids follow the rules', async () => {
    const p = await seeded();
    await expect(p.upsertPerspectives([{ id: 'X\u202E', label: 'Ex', sort: 3 }])).rejects.toThrow(
      expect.objectContaining({ code: 'invalid_name', message: 'Perspective id "X⟨U+202E⟩" contains a right-to-left override (U+202E) at position 2' }),
    );
    await expect(p.upsertPerspectives([{ id: 'X', label: 'Ex\u0000', sort: 3 }])).rejects.toThrow(refusedWith('Perspective label "Ex⟨U+0000⟩"'));
    await expect(p.upsertCases([{ id: '\u200B', label: 'G9' }])).rejects.toThrow(refusedWith('Case id "⟨U+200B⟩"'));
    await expect(p.upsertCases([{ id: 'G9', label: 'Group\t9' }])).rejects.toThrow(refusedWith('Case label "Group⟨U+0009⟩9"'));
    const person = { perspective: 'J', case: 'G1', attributes: {}, status: 'active' as const };
    await expect(p.upsertParticipants([{ ...person, id: 'J9\u200F' }])).rejects.toThrow(
      expect.objectContaining({ code: 'invalid_name', message: 'Participant id "J9⟨U+200F⟩" contains a right-to-left mark (U+200F) at position 3' }),
    );
    await expect(p.upsertParticipants([{ ...person, id: 'J9', perspective: 'J\u0001' }])).rejects.toThrow(refusedWith('Perspective id "J⟨U+0001⟩"'));
    expect((await p.listPerspectives()).map((x) => x.id)).toEqual(['J', 'T', 'S']);
    expect((await p.listParticipants()).map((x) => x.id)).toEqual(['J1', 'J2', 'S2', 'T2']);
    await p.upsertPerspectives([{ id: ' X ', label: '', sort: 3 }]);
    expect((await p.listPerspectives()).at(-1)).toEqual({ id: 'X', label: 'X', sort: 3 });
  });

  it('the project name follows the rules; a new project is named after its file, cleaned', async () => {
    const p = await seeded();
    await expect(p.setName('Study\u202E')).rejects.toThrow(refusedWith('Project name "Study⟨U+202E⟩"'));
    await p.setName(NFD);
    expect((await p.info()).name).toBe(NFC);
    const odd = await openProject(tempFile('Study\u0001\u202E 2.polyphony'), { create: true });
    expect((await odd.info()).name).toBe('Study 2');
    await odd.close();
    const blank = await openProject(tempFile('\u200B.polyphony'), { create: true });
    expect((await blank.info()).name).toBe('Project');
    await blank.close();
  });
});

/** A snapshot as another program's file might give it: a NUL, bidi marks, twins. */
function foreignSnapshot(): ProjectSnapshot {
  return {
    id: 'f', name: 'Imported\u0000', phase: 2,
    perspectives: [{ id: 'J', label: 'Jobseekers\u200F', sort: 0 }], cases: [],
    participants: [{ id: 'J1\u202C', perspective: 'J', case: null, attributes: {}, status: 'active' }],
    coders: [{ id: 'u', name: 'Kari' }],
    sources: [
      { id: 's1', name: 'Interview', kind: 'interview', participant: null, text: 'Hello.', revision: 1, turns: [], format: 'txt', createdAt: '2026-01-01T00:00:00Z' },
      { id: 's2', name: 'Inter\u0000view', kind: 'interview', participant: 'J1\u202C', text: 'J1: Hi.', revision: 1,
        turns: [{ seq: 0, speaker: 'J1', participant: 'J1\u202C', isInterviewer: false, start: 0, end: 7, textStart: 4, startMs: null, endMs: null }], format: 'txt', createdAt: '2026-01-01T00:00:00Z' },
    ],
    codes: [{ id: 'c1', name: 'Pressure\u200F', description: '', color: '#112233', parent: null, createdBy: 'u', createdAt: '2026-01-01T00:00:00Z' }],
    segments: [{ id: 'g1', source: 's2', start: 4, end: 7, exact: 'Hi.', prefix: 'J1: ', suffix: '', revision: 1, status: 'anchored', participant: 'J1\u202C' }],
    codings: [{ id: 'k1', code: 'c1', segment: 'g1', coder: 'u', comment: '', createdAt: '2026-01-01T00:00:00Z' }],
    memos: [],
    themes: [],
  };
}

describe('loading a snapshot from a file', () => {
  it('cleans its names, keeps twins apart, and says what it repaired', async () => {
    const p = await openProject(tempFile('target.polyphony'), { create: true });
    const { warnings } = await p.loadSnapshot(foreignSnapshot());
    const snap = await p.snapshot();
    expect(snap.name).toBe('Imported');
    expect(snap.perspectives[0]?.label).toBe('Jobseekers');
    expect(snap.participants.map((x) => x.id)).toEqual(['J1']);
    expect(snap.sources.map((s) => [s.name, s.participant, s.turns[0]?.participant ?? null])).toEqual([['Interview', null, null], ['Interview (2)', 'J1', 'J1']]);
    expect(snap.segments[0]?.participant).toBe('J1');
    expect(snap.codes.map((c) => c.name)).toEqual(['Pressure']);
    expect(warnings).toContain('Another source is also called "Interview"; this one was stored as "Interview (2)"');
    expect(warnings).toContain('Code name "Pressure⟨U+200F⟩" was stored as "Pressure" (a right-to-left mark (U+200F) removed)');
    await p.close();
  });

  it('refuses a code with nothing visible, loading nothing', async () => {
    const p = await openProject(tempFile('target.polyphony'), { create: true });
    const s = foreignSnapshot();
    s.codes.push({ ...s.codes[0]!, id: 'c2', name: '\u202E\u0000' });
    await expect(p.loadSnapshot(s)).rejects.toThrow(refusedWith('Code name "⟨U+202E⟩⟨U+0000⟩" has nothing visible'));
    expect((await p.info()).counts).toMatchObject({ sources: 0, codes: 0, participants: 0 });
    expect((await p.info()).name).toBe('target');
    await p.close();
  });
});
