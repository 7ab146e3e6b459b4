import type { ProjectSnapshot } from '@polyphony/core';
import { codebookDisplayHeader, codebookTable } from './codebook-rows.js';
import type { ExportCell } from './table.js';

/**
 * Escapes text for one GFM table cell. A `|` would end the cell and a line break the row;
 * other markdown punctuation is escaped so a code named `*new*` or `<tag>` shows as typed
 * instead of turning into emphasis or HTML.
 */
export function markdownCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return cell
    .replace(/[\\`*_[\]<>|~#!]/g, '\\$&')
    .replace(/\r?\n|\r/g, '<br>')
    .trim();
}

/**
 * The codebook as a GFM markdown document: a heading with the project name and one table in
 * hierarchy order (code path, description, colour, themes, segments per perspective, total).
 * Count columns are right-aligned.
 */
export function codebookMarkdown(snapshot: ProjectSnapshot): string {
  const table = codebookTable(snapshot);
  const header = codebookDisplayHeader(table.header);
  const rows = table.rows;
  const firstCount = 4; // code, description, colour, themes come before the counts
  const line = (cells: readonly ExportCell[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (i >= firstCount ? ' ---: ' : ' --- ')).join('|')}|`;
  const title = `# Codebook: ${markdownCell(snapshot.name)}`;
  return [title, '', line(header), rule, ...rows.map(line), ''].join('\n');
}
