import type { TableOne } from '@polyphony/core';
import { toCsv } from '../exports/csv.js';
import type { ExportCell } from '../exports/table.js';

/**
 * "Table 1" as CSV: a row-label column, then a column per perspective (`Jobseekers (n = 6)`),
 * each cell `name — evidence` as `tableOne` writes it; the note naming the cross-cutting themes,
 * when there are any, is the last row, as a journal prints it under the table.
 */
export function renderTableOneCsv(table: TableOne): string {
  const rows: ExportCell[][] = table.rows.map((r) => [r.label, ...r.cells.map((c) => c?.text ?? null)]);
  if (table.note !== '') rows.push([table.note, ...table.columns.map(() => null)]);
  return toCsv(['', ...table.columns.map((c) => c.text)], rows);
}
