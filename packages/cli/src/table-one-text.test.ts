import { tableOne, type ThemeTableRow } from '@polyphony/core';
import { describe, expect, it } from 'vitest';
import { renderTableOneText } from './table-one-text.js';

const theme = (perspective: string | null, name: string, parent: string | null, segments: number, participants: number): ThemeTableRow => ({
  perspective, name, level: parent === null ? 'main' : 'sub', parent, definition: '', codes: [], segments, participants,
});

const model = tableOne({
  perspectives: [{ id: 'J', label: 'Jobseekers', participants: 6 }, { id: 'T', label: 'Therapists', participants: 1 }, { id: 'S', label: 'Social workers', participants: 2 }],
  themes: [
    theme('J', 'Wanting room', null, 12, 5),
    theme('J', 'Being heard', 'Wanting room', 3, 2),
    theme('J', 'Heard by the therapist', 'Being heard', 1, 1),
    theme('T', 'Holding back', null, 2, 1),
    theme(null, 'Information that never arrives', null, 0, 0),
  ],
});

describe('renderTableOneText', () => {
  it('prints each perspective with its cells in row order, a sub-subtheme one step deeper, then the note', () => {
    expect(renderTableOneText(model)).toBe(
      [
        'Table 1. Main themes and subthemes by perspective',
        '',
        'Jobseekers (n = 6)',
        '  Main theme: Wanting room — 12 segments, 5 of 6 participants',
        '    Subtheme 1: Being heard — 3 segments, 2 of 6 participants',
        '      Subtheme 1.1: Heard by the therapist — 1 segment, 1 of 6 participants',
        '',
        'Therapists (n = 1)',
        '  Main theme: Holding back — 2 segments, 1 of 1 participant',
        '',
        'Social workers (n = 2)',
        '  —',
        '',
        'Cross-cutting themes (see the triangulation): Information that never arrives.',
      ].join('\n'),
    );
  });

  it('prints every row label and cell text of the model, and no other text', () => {
    const lines = renderTableOneText(model).split('\n').map((l) => l.trim());
    const cells = model.rows.flatMap((r) => r.cells.flatMap((c) => (c === null ? [] : [`${r.label}: ${c.text}`])));
    const expected = [model.caption, ...model.columns.map((c) => c.text), ...cells, model.note];
    expect(lines.filter((l) => l !== '' && l !== '—').sort()).toEqual(expected.sort());
  });
});
