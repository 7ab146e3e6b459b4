import { describe, expect, it } from 'vitest';
import { tableOne, type TableOne } from './table-one.js';
import { evidenceText } from './table-one-words.js';
import { buildAnalysisData, code, participant, perspective, theme } from './test-factory.js';
import { themeTable, type ThemeTable, type ThemeTableRow } from './theme-table.js';

/** Row label, then each cell's name ('' when empty). */
const grid = (t: TableOne) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c?.name ?? '')]);

/** Jobseekers with a sub-subtheme two levels down, therapists with one, social workers with none. */
function nestedStudy() {
  return buildAnalysisData({
    perspectives: [perspective('J', 'Jobseekers', 0), perspective('T', 'Therapists', 1), perspective('S', 'Social workers', 2)],
    participants: [participant('J1', 'J'), participant('J2', 'J'), participant('T1', 'T'), participant('S1', 'S')],
    codes: [code('room'), code('heard'), code('therapist'), code('family')],
    themes: [
      theme('Wanting room', 'J', ['room']),
      theme('Being heard', 'J', ['heard'], { parent: 'Wanting room', sort: 1 }),
      theme('Asked first', 'J', [], { parent: 'Wanting room', sort: 0 }),
      theme('Heard by the therapist', 'J', ['therapist'], { parent: 'Being heard' }),
      theme('Only once', 'J', [], { parent: 'Heard by the therapist' }),
      theme('Heard at home', 'J', ['family'], { parent: 'Being heard', sort: 1 }),
      theme('Holding back', 'T', ['heard']),
      theme('Choosing words', 'T', [], { parent: 'Holding back' }),
      theme('Careful', 'T', [], { parent: 'Choosing words' }),
      theme('Family', null, ['family'], { sort: 1 }),
      theme('Waiting together', null, []),
      theme('Kin', null, [], { parent: 'Family' }),
    ],
    segments: [
      { participant: 'J1', codes: ['room', 'heard'] },
      { participant: 'J2', codes: ['room'] },
      { participant: 'J1', codes: ['therapist'] },
      { participant: 'T1', codes: ['heard'] },
    ],
  });
}

describe('tableOne', () => {
  it('gives a sub-subtheme its own numbered row beneath its parent, one level deeper, in every column', () => {
    const t = tableOne(themeTable(nestedStudy()));
    expect(grid(t)).toEqual([
      ['Main theme', 'Wanting room', 'Holding back', ''],
      ['Subtheme 1', 'Asked first', 'Choosing words', ''],
      ['Subtheme 1.1', '', 'Careful', ''],
      ['Subtheme 2', 'Being heard', '', ''],
      ['Subtheme 2.1', 'Heard by the therapist', '', ''],
      ['Subtheme 2.1.1', 'Only once', '', ''],
      ['Subtheme 2.2', 'Heard at home', '', ''],
    ]);
    expect(t.rows.map((r) => r.level)).toEqual([0, 1, 2, 1, 2, 3, 2]);
  });

  it('writes each cell and header once, as every renderer shows them', () => {
    const t = tableOne(themeTable(nestedStudy()));
    expect(t.caption).toBe('Table 1. Main themes and subthemes by perspective');
    expect(t.columns.map((c) => [c.text, c.count])).toEqual([
      ['Jobseekers (n = 2)', '(n = 2)'],
      ['Therapists (n = 1)', '(n = 1)'],
      ['Social workers (n = 1)', '(n = 1)'],
    ]);
    expect(t.rows[0]?.cells[0]).toEqual({
      name: 'Wanting room', segments: 2, participants: 2, of: 2,
      evidence: '2 segments, 2 of 2 participants', text: 'Wanting room — 2 segments, 2 of 2 participants',
    });
    expect(t.rows[0]?.cells[1]?.text).toBe('Holding back — 1 segment, 1 of 1 participant');
    expect(t.rows[4]?.cells[0]?.evidence).toBe('1 segment, 1 of 2 participants');
  });

  it('keeps a perspective without themes as an empty column', () => {
    const t = tableOne(themeTable(nestedStudy()));
    expect(t.columns.map((c) => c.perspective)).toEqual(['J', 'T', 'S']);
    expect(t.rows.every((r) => r.cells.length === 3 && r.cells[2] === null)).toBe(true);
  });

  it('names cross-cutting themes (and their subthemes) in the note, in table order, never as a column', () => {
    const t = tableOne(themeTable(nestedStudy()));
    expect(t.crossCutting).toEqual(['Waiting together', 'Family', 'Kin']);
    expect(t.note).toBe('Cross-cutting themes (see the triangulation): Waiting together; Family; Kin.');
    expect(t.rows.flatMap((r) => r.cells).some((c) => c !== null && t.crossCutting.includes(c.name))).toBe(false);
  });

  it('places a theme in its own perspective: under a parent of another column it is a main theme there', () => {
    const data = nestedStudy();
    data.themes.push(theme('Money', 'S', [], { parent: 'Family' }), theme('Their view', 'T', [], { parent: 'Wanting room', sort: 5 }));
    expect(grid(tableOne(themeTable(data))).slice(0, 2)).toEqual([
      ['Main theme 1', 'Wanting room', 'Holding back', 'Money'],
      ['Subtheme 1', 'Asked first', 'Choosing words', ''],
    ]);
    expect(grid(tableOne(themeTable(data))).at(-1)).toEqual(['Main theme 2', '', 'Their view', '']);
  });

  it('numbers main themes only when a column has more than one, each followed by its own subthemes', () => {
    const data = buildAnalysisData({
      perspectives: [perspective('A', 'A', 0), perspective('B', 'B', 1)],
      themes: [theme('Øst', 'A', [], { sort: 1 }), theme('Vest', 'A', [], { sort: 1 }), theme('Nord', 'A', []), theme('Sub', 'A', [], { parent: 'Øst' }), theme('Alone', 'B', [])],
    });
    // Same sort: bokmål order puts Ø after V.
    expect(grid(tableOne(themeTable(data)))).toEqual([
      ['Main theme 1', 'Nord', 'Alone'],
      ['Main theme 2', 'Vest', ''],
      ['Main theme 3', 'Øst', ''],
      ['Subtheme 1', 'Sub', ''],
    ]);
  });

  it('lays out nothing but the note when no perspective has a theme', () => {
    const data = buildAnalysisData({ perspectives: [perspective('A', 'A', 0)], themes: [theme('X', null, [])] });
    expect(tableOne(themeTable(data))).toMatchObject({ rows: [], note: 'Cross-cutting themes (see the triangulation): X.' });
    expect(tableOne({ perspectives: [], themes: [] })).toMatchObject({ columns: [], rows: [], crossCutting: [], note: '' });
  });

  it('speaks bokmål when asked: labels, caption, note and evidence', () => {
    const t = tableOne(themeTable(nestedStudy()), 'nb');
    expect(t.caption).toBe('Tabell 1. Hovedtemaer og undertemaer per perspektiv');
    expect(t.rows.map((r) => r.label).slice(0, 3)).toEqual(['Hovedtema', 'Undertema 1', 'Undertema 1.1']);
    expect(t.rows[0]?.cells[0]?.text).toBe('Wanting room — 2 utdrag, 2 av 2 deltakere');
    expect(t.rows[0]?.cells[1]?.evidence).toBe('1 utdrag, 1 av 1 deltaker');
    expect(t.note).toBe('Tverrgående temaer (se trianguleringen): Waiting together; Family; Kin.');
  });

  it('never loses a theme of bad data: a parent loop, an unknown perspective, a chain 5,000 deep', () => {
    const row = (name: string, perspective: string | null, parent: string | null): ThemeTableRow => ({
      perspective, name, level: parent === null ? 'main' : 'sub', parent, definition: '', codes: [], segments: 0, participants: 0,
    });
    const loop: ThemeTable = {
      perspectives: [{ id: 'A', label: 'A', participants: 1 }],
      themes: [row('Main', 'A', null), row('Ping', 'A', 'Pong'), row('Pong', 'A', 'Ping'), row('Lost', 'Z', null)],
    };
    const t = tableOne(loop);
    expect(t.columns.map((c) => c.text)).toEqual(['A (n = 1)', 'Z (n = 0)']);
    expect(grid(t)).toEqual([['Main theme 1', 'Main', 'Lost'], ['Main theme 2', 'Ping', ''], ['Subtheme 1', 'Pong', '']]);
    const chain = Array.from({ length: 5000 }, (_, i) => row(`t${i}`, 'A', i === 0 ? null : `t${i - 1}`));
    const deep = tableOne({ perspectives: loop.perspectives, themes: chain });
    expect(deep.rows).toHaveLength(5000);
    expect(deep.rows.at(-1)?.level).toBe(4999);
  });
});

describe('evidenceText', () => {
  it('uses the singular for one segment and for one participant in all, in English and bokmål', () => {
    expect(evidenceText(12, 5, 6)).toBe('12 segments, 5 of 6 participants');
    expect(evidenceText(1, 1, 1)).toBe('1 segment, 1 of 1 participant');
    expect(evidenceText(0, 0, 1)).toBe('0 segments, 0 of 1 participant');
    expect(evidenceText(1, 1, 6, 'en')).toBe('1 segment, 1 of 6 participants');
    expect(evidenceText(12, 5, 6, 'nb')).toBe('12 utdrag, 5 av 6 deltakere');
    expect(evidenceText(1, 1, 1, 'nb')).toBe('1 utdrag, 1 av 1 deltaker');
  });
});
