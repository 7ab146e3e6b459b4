import { codeMatrix, tableOne, themeTable, type ApiInput, type ApiOutput, type MatrixColumnDto } from '@polyphony/core';
import { renderTableOneCsv } from '@polyphony/formats';
import type { ProjectPort } from '../project-port.js';

/**
 * The heat map's data: code × perspective (the default), case or a participant attribute, with
 * labels for the columns and every code's colour.
 */
export async function matrix(p: ProjectPort, { cols = 'perspective' }: ApiInput<'GET /api/matrix'>): Promise<ApiOutput<'GET /api/matrix'>> {
  const data = await p.analysisData();
  const m = codeMatrix(data, cols);
  const labelOf =
    cols === 'perspective'
      ? new Map(data.perspectives.map((x) => [x.id, x.label]))
      : cols === 'case'
        ? new Map(data.cases.map((x) => [x.id, x.label]))
        : new Map<string, string>();
  const columns: MatrixColumnDto[] = m.columns.map((id) => ({ id, label: labelOf.get(id) ?? id }));
  const codeByName = new Map(data.codes.map((c) => [c.name, c]));
  const attributes = [...new Set(data.participants.flatMap((x) => Object.keys(x.attributes)))].sort();
  return {
    cols,
    columns,
    attributes,
    rows: m.rows.map((r) => ({
      code: codeByName.get(r.code)?.id ?? r.code,
      name: r.code,
      color: codeByName.get(r.code)?.color ?? '#6b7280',
      cells: m.columns.map((c) => r.cells[c] ?? { segments: 0, participants: 0 }),
      total: r.total,
    })),
  };
}

/** The theme table ("Table 1") as CSV: a row label column, then a column per perspective. */
export async function themeTableCsv(p: ProjectPort): Promise<string> {
  return renderTableOneCsv(tableOne(themeTable(await p.analysisData())));
}

/** Report downloads: the file's bytes, its extension and media type. */
export async function reportFile(p: ProjectPort, format: 'md' | 'docx' | 'csv'): Promise<{ bytes: Uint8Array; suffix: string; type: string }> {
  if (format === 'csv') return { bytes: new TextEncoder().encode(await themeTableCsv(p)), suffix: '-theme-table.csv', type: 'text/csv; charset=utf-8' };
  const bytes = await p.reportFile(format);
  return format === 'md'
    ? { bytes, suffix: '-report.md', type: 'text/markdown; charset=utf-8' }
    : { bytes, suffix: '-report.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
}
