import type { TableOne } from '@polyphony/core';

/**
 * "Table 1" for a terminal, rendered from `tableOne` with nothing decided here. A grid of several
 * perspectives with names and evidence does not fit a terminal's width, so each column is printed
 * as a block: its header, then each of its cells in row order as `label: name — evidence`,
 * indented by the row's level (a sub-subtheme sits one step deeper than its subtheme); `—` for a
 * perspective without themes; then the table's note.
 */
export function renderTableOneText(table: TableOne): string {
  const lines = [table.caption];
  table.columns.forEach((column, col) => {
    lines.push('', column.text);
    const cells = table.rows.flatMap((row) => {
      const cell = row.cells[col];
      return cell ? [`${'  '.repeat(row.level + 1)}${row.label}: ${cell.text}`] : [];
    });
    lines.push(...(cells.length > 0 ? cells : ['  —']));
  });
  if (table.note !== '') lines.push('', table.note);
  return lines.join('\n');
}
