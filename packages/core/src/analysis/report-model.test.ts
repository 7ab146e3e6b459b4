import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from './report-model.js';
import { tableOne } from './table-one.js';
import { themeTable } from './theme-table.js';
import { hospitalStudy } from './test-study.js';
import { theme } from './test-factory.js';

function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    ...hospitalStudy(),
    title: 'Waiting on the ward',
    phase: 5,
    date: '2024-05-02',
    exemplars: [
      { themeId: 'Pain unheard', quote: ' Nobody asked | how it hurt. ', participant: 'P3' },
      { themeId: 'Pain unheard', quote: 'I was never asked.', participant: 'P4' }, // withdrawn
      { themeId: 'Gone', quote: 'x', participant: 'P1' }, // unknown theme
    ],
    journal: [
      { phase: 2, at: '2024-03-02T10:00:00Z', author: 'ann', text: 'Second thoughts on codes.' },
      { phase: 1, at: '2024-02-01T10:00:00Z', author: 'ann', text: 'First read.' },
      { phase: 2, at: '2024-03-01T10:00:00Z', author: 'bo', text: 'Started coding.' },
    ],
    ...over,
  };
}

describe('buildReport', () => {
  it('lays out "Table 1": a column per perspective, rows Main theme, Subtheme 1, 2', () => {
    const { table, phase } = buildReport(input());
    expect(phase).toEqual({ number: 5, name: 'Defining and naming themes' });
    expect(table.columns.map((c) => c.text)).toEqual(['Patients (n = 3)', 'Nurses (n = 2)', 'Doctors (n = 2)', 'Relatives (n = 1)']);
    expect(table.rows.map((r) => [r.label, ...r.cells.map((c) => c?.name ?? null)])).toEqual([
      ['Main theme', 'Being kept waiting', 'Handover gaps', 'Time pressure', null],
      ['Subtheme 1', 'Pain unheard', null, 'Shared decisions', null],
      ['Subtheme 2', 'Ønsket om ro', null, null, null],
    ]);
    expect(table.rows[0]?.cells[0]?.evidence).toBe('4 segments, 3 of 3 participants');
    expect(table.rows[1]?.cells[2]?.evidence).toBe('2 segments, 2 of 2 participants');
    expect(table.rows[2]?.cells[0]?.evidence).toBe('1 segment, 1 of 3 participants');
    expect(table.note).toBe('Cross-cutting themes (see the triangulation): Waiting together; Family.');
  });

  it('is the one layout of "Table 1": the same as tableOne of the theme table', () => {
    expect(buildReport(input()).table).toEqual(tableOne(themeTable(input())));
  });

  it('numbers main themes when a perspective has more than one', () => {
    const data = input();
    data.themes.push(theme('Night shifts', 'N', ['time'], { sort: 1 }));
    expect(buildReport(data).table.rows.map((r) => [r.label, r.cells[1]?.name ?? null])).toEqual([
      ['Main theme 1', 'Handover gaps'],
      ['Subtheme 1', null],
      ['Subtheme 2', null],
      ['Main theme 2', 'Night shifts'],
    ]);
  });

  it('cites exemplars by pseudonym and never quotes a withdrawn participant', () => {
    const themes = buildReport(input()).themes;
    const pain = themes.find((t) => t.name === 'Pain unheard');
    expect(pain).toMatchObject({ perspectiveLabel: 'Patients', level: 'sub', parent: 'Being kept waiting', definition: 'Pain unheard defined' });
    expect(pain?.exemplars.map((e) => e.citation)).toEqual(['"Nobody asked | how it hurt." (P3)']);
    expect(themes.flatMap((t) => t.exemplars).map((e) => e.participant)).toEqual(['P3']);
    // Cross-cutting themes count against all 8 active participants.
    expect(themes.find((t) => t.name === 'Family')).toMatchObject({ perspectiveLabel: 'Cross-cutting', evidence: '1 segment, 1 of 8 participants' });
  });

  it('carries the triangulation with evidence per perspective and silent perspectives by label', () => {
    const [waiting] = buildReport(input()).triangulation;
    expect(waiting?.relation).toBe('divergent');
    expect(waiting?.voices.map((v) => [v.perspective, v.summary, v.evidence])).toEqual([
      ['P', 'Patients feel forgotten.', '5 segments, 3 of 3 participants'],
      ['N', 'Nurses blame handovers.', '1 segment, 1 of 2 participants'],
      ['D', '', '3 segments, 2 of 2 participants'],
      ['R', '', '0 segments, 0 of 1 participant'],
    ]);
    expect(waiting?.silent).toEqual(['Relatives']);
  });

  it('groups the journal by phase, oldest entry first', () => {
    expect(buildReport(input()).journal).toEqual([
      { phase: 1, name: 'Familiarising with the data', entries: [{ at: '2024-02-01T10:00:00Z', author: 'ann', text: 'First read.' }] },
      {
        phase: 2,
        name: 'Generating initial codes',
        entries: [
          { at: '2024-03-01T10:00:00Z', author: 'bo', text: 'Started coding.' },
          { at: '2024-03-02T10:00:00Z', author: 'ann', text: 'Second thoughts on codes.' },
        ],
      },
    ]);
  });
});
