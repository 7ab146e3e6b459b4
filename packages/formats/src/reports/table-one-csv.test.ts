import { tableOne } from '@polyphony/core';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../readers/csv-rows.js';
import { renderTableOneCsv } from './table-one-csv.js';
import { clinicThemeTable } from './test-report.js';

/** The CSV read back by the project's own CSV reader (BOM off). */
const parseCsv = (csv: string): string[][] => parseCsvRows(csv.replace(/^\uFEFF/, ''), ',').map((r) => r.fields);

describe('renderTableOneCsv', () => {
  it('holds the rows and cell texts of the model, the sub-subtheme included, and the note last', () => {
    const model = tableOne(clinicThemeTable());
    const rows = parseCsv(renderTableOneCsv(model));
    expect(rows[0]).toEqual(['', 'Patients (n = 3)', 'Nurses (n = 2)', 'Relatives (n = 1)']);
    expect(rows.slice(1, -1)).toEqual(model.rows.map((r) => [r.label, ...r.cells.map((c) => c?.text ?? '')]));
    expect(rows[3]).toEqual(['Subtheme 1.1', 'Ro om natten — 1 segment, 1 of 3 participants', '', '']);
    expect(rows.at(-1)).toEqual(['Cross-cutting themes (see the triangulation): Waiting together.', '', '', '']);
  });

  it('has no note row without cross-cutting themes', () => {
    const table = clinicThemeTable();
    table.themes = table.themes.filter((t) => t.perspective !== null);
    expect(parseCsv(renderTableOneCsv(tableOne(table)))).toHaveLength(1 + 4);
  });
});
