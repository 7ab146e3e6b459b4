import type { ReportModel, TableOne, TableOneCell } from '@polyphony/core';
import { blockQuote, escapeCell } from './markdown-escape.js';

/** How a relation reads in a heading; null is the analyst's "not decided yet". */
export function relationText(relation: ReportModel['triangulation'][number]['relation']): string {
  return relation ?? 'relation not decided';
}

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const cellText = (c: TableOneCell | null): string => (c === null ? '—' : `${escapeCell(c.name)}<br>${escapeCell(c.evidence)}`);

/** "Table 1" as a GFM table (rows and texts from `tableOne`), then its note. */
function tableOneMarkdown(table: TableOne): string[] {
  const out = [`## ${table.caption}`, ''];
  if (table.rows.length === 0) out.push('No themes by perspective yet.', '');
  else {
    out.push(row(['', ...table.columns.map((c) => escapeCell(c.text))]), row(['---', ...table.columns.map(() => '---')]));
    for (const r of table.rows) out.push(row([escapeCell(r.label), ...r.cells.map(cellText)]));
    out.push('');
  }
  if (table.note !== '') out.push(table.note, '');
  return out;
}

/**
 * Renders a report as GitHub-flavoured markdown: "Table 1" and the triangulation as GFM tables,
 * exemplars as block quotes cited by pseudonym, the journal by phase. Lays out only; every number
 * comes from the model.
 */
export function renderReportMarkdown(model: ReportModel): string {
  const out: string[] = [];
  out.push(`# ${model.title}`, '', `${model.date} · Phase ${model.phase.number}: ${model.phase.name}`, '');

  out.push(...tableOneMarkdown(model.table));

  out.push('## Themes', '');
  let group: string | null = null;
  for (const t of model.themes) {
    if (t.perspectiveLabel !== group) {
      group = t.perspectiveLabel;
      out.push(`### ${group}`, '');
    }
    const kind = t.level === 'main' ? 'Main theme' : `Subtheme of ${t.parent ?? ''}`;
    out.push(`#### ${t.name}`, '', `*${kind} · ${t.evidence}*`, '');
    if (t.definition !== '') out.push(t.definition, '');
    for (const q of t.exemplars) out.push(blockQuote(q.citation), '');
  }

  out.push('## Triangulation', '');
  if (model.triangulation.length === 0) out.push('No cross-cutting themes yet.', '');
  for (const t of model.triangulation) {
    out.push(`### ${t.name} (${relationText(t.relation)})`, '');
    if (t.note !== '') out.push(t.note, '');
    out.push(row(['Perspective', 'Summary', 'Evidence']), row(['---', '---', '---']));
    for (const v of t.voices) out.push(row([escapeCell(v.label), escapeCell(v.summary || '—'), escapeCell(v.evidence)]));
    out.push('', `Silent: ${t.silent.length === 0 ? 'none' : t.silent.join(', ')}.`, '');
  }

  out.push('## Reflexive journal', '');
  if (model.journal.length === 0) out.push('No journal entries yet.', '');
  for (const phase of model.journal) {
    out.push(`### Phase ${phase.phase}: ${phase.name}`, '');
    for (const e of phase.entries) out.push(`- ${e.at.slice(0, 10)}, ${e.author}: ${e.text.replace(/\r?\n/g, ' ')}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
