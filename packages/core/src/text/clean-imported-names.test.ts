import { describe, expect, it } from 'vitest';
import type { Code, ProjectSnapshot, Theme, Turn } from '../model/index.js';
import { cleanCodebookNames, cleanSnapshotNames } from './clean-imported-names.js';

const turn = (participant: string | null): Turn => ({ seq: 0, speaker: 'J1', participant, isInterviewer: false, start: 0, end: 5, textStart: 4, startMs: null, endMs: null });
const code = (id: string, name: string): Code => ({ id, name, description: '', color: '#112233', parent: null, createdBy: 'c', createdAt: '2026-01-01T00:00:00Z' });
const theme = (id: string, name: string, perspective: string | null): Theme => ({
  id, name, definition: '', status: 'candidate', perspective, parent: null, codes: [], exemplars: [], relation: null, note: '',
  summaries: perspective ? { [perspective]: 'said' } : {}, drawsOn: [], sort: 0,
});

/** A project as another program might write it: NUL, bidi marks and zero-width characters in names. */
function messySnapshot(): ProjectSnapshot {
  return {
    id: 'p', name: 'Study\u0000', phase: 2,
    perspectives: [{ id: 'J\u200B', label: 'Job\u202Eseekers', sort: 0 }],
    cases: [{ id: 'G1', label: '\u200B' }],
    participants: [{ id: 'J1\u200F', perspective: 'J\u200B', case: 'G1', attributes: {}, status: 'active' }],
    coders: [{ id: 'u1', name: 'Kari\u0007' }],
    sources: [
      { id: 's1', name: 'Interview', kind: 'interview', participant: 'J1\u200F', text: 'J1: hi', revision: 1, turns: [turn('J1\u200F')], format: 'txt', createdAt: '' },
      { id: 's2', name: 'Inter\u0000view', kind: 'interview', participant: null, text: 'J1: hi', revision: 1, turns: [turn(null)], format: 'txt', createdAt: '' },
    ],
    codes: [code('c1', 'Pres\u202Esure'), code('c2', 'Pressure'), code('c3', 'Pressure (2)'), code('c4', 'Økonomi på sikt'), code('c5', 'Økonomi på sikt'.normalize('NFD'))],
    segments: [{ id: 'g1', source: 's1', start: 4, end: 6, exact: 'hi', prefix: '', suffix: '', revision: 1, status: 'anchored', participant: 'J1\u200F' }],
    codings: [],
    memos: [],
    themes: [theme('t1', 'Being heard\u2066', 'J\u200B')],
  };
}

describe('cleanSnapshotNames', () => {
  it('cleans every name, makes names unique, and moves references along with cleaned ids', () => {
    const { snapshot: s, warnings } = cleanSnapshotNames(messySnapshot());
    expect(s.name).toBe('Study');
    expect(s.perspectives).toEqual([{ id: 'J', label: 'Jobseekers', sort: 0 }]);
    expect(s.cases).toEqual([{ id: 'G1', label: 'G1' }]);
    expect(s.participants[0]).toMatchObject({ id: 'J1', perspective: 'J', case: 'G1' });
    expect(s.coders[0]?.name).toBe('Kari');
    expect(s.sources.map((x) => [x.name, x.participant, x.turns[0]?.participant])).toEqual([['Interview', 'J1', 'J1'], ['Interview (2)', null, null]]);
    expect(s.segments[0]?.participant).toBe('J1');
    // A name that needed no repair keeps it; "Pressure (2)" is taken, so the repaired twin is "(3)".
    expect(s.codes.map((c) => c.name)).toEqual(['Pressure (3)', 'Pressure', 'Pressure (2)', 'Økonomi på sikt', 'Økonomi på sikt (2)']);
    expect(s.themes[0]).toMatchObject({ name: 'Being heard', perspective: 'J', summaries: { J: 'said' } });
    expect(warnings).toContain('Source name "Inter⟨U+0000⟩view" was stored as "Interview" (a NUL character (U+0000) removed)');
    expect(warnings).toContain('Another source is also called "Interview"; this one was stored as "Interview (2)"');
    expect(warnings).toContain('Case label "⟨U+200B⟩" has nothing visible once control and invisible characters are removed; "G1" is used instead');
    expect(warnings.some((w) => w.startsWith('Another code is also called "Økonomi på sikt"'))).toBe(true);
  });

  it('leaves a clean snapshot as it is, without warnings', () => {
    const clean = cleanSnapshotNames(messySnapshot()).snapshot;
    const again = cleanSnapshotNames(clean);
    expect(again.snapshot).toEqual(clean);
    expect(again.warnings).toEqual([]);
  });

  it('an empty project name stays empty (the project keeps its own) with a warning', () => {
    const { snapshot, warnings } = cleanSnapshotNames({ ...messySnapshot(), name: '\u202E' });
    expect(snapshot.name).toBe('');
    expect(warnings).toContain('Project name "⟨U+202E⟩" has nothing visible once control and invisible characters are removed');
  });

  it('refuses a code with nothing visible left, and two participants who become one', () => {
    const blank = messySnapshot();
    blank.codes.push(code('c9', '\u200B\u0000'));
    expect(() => cleanSnapshotNames(blank)).toThrow(expect.objectContaining({ code: 'invalid_name', message: expect.stringMatching(/^Code name "⟨U\+200B⟩⟨U\+0000⟩" has nothing visible/) }));
    const twins = messySnapshot();
    twins.participants.push({ id: 'J1', perspective: null, case: null, attributes: {}, status: 'active' });
    expect(() => cleanSnapshotNames(twins)).toThrow(expect.objectContaining({ code: 'duplicate_name', message: expect.stringContaining('Two participants, "J1⟨U+200F⟩" and "J1", are both "J1"') }));
  });
});

describe('cleanCodebookNames', () => {
  it('cleans code and theme names of a codebook and reports the repairs', () => {
    const book = cleanCodebookNames({ codes: [code('a', 'Money\u0000'), code('b', 'Money')], themes: [theme('t', '\u202DSafety', null)], report: { warnings: ['earlier'] } });
    expect(book.codes.map((c) => c.name)).toEqual(['Money (2)', 'Money']);
    expect(book.themes[0]?.name).toBe('Safety');
    expect(book.report.warnings).toHaveLength(4);
    expect(book.report.warnings[0]).toBe('earlier');
  });
});
