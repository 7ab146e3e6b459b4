import { BOLD_STYLE } from './xlsx-package-parts.js';
import type { ExportCell } from './table.js';
import { escapeXml } from './xml-text.js';

/** Excel's limit on characters in one cell; longer text makes Excel "repair" (empty) the cell. */
export const MAX_CELL_CHARS = 32_767;
/** Excel's row limit per worksheet (header included). */
export const MAX_ROWS = 1_048_576;
/** Excel's column limit per worksheet (XFD). */
export const MAX_COLUMNS = 16_384;
/** Widest column we set, in characters: quotes should wrap the eye, not push everything off-screen. */
const MAX_WIDTH = 60;

/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(cell: ExportCell, ref: string, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (cell === null) return '';
  // NaN and Infinity have no representation in SpreadsheetML; an empty cell is the honest answer.
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : '';
  let text = cell;
  if (text.length > MAX_CELL_CHARS) {
    text = text.slice(0, MAX_CELL_CHARS);
    // Do not leave half an emoji behind.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  // Inline strings are never evaluated, so no formula neutralising is needed here (unlike CSV).
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function rowXml(cells: readonly ExportCell[], rowIndex: number, style: number): string {
  const body = cells.map((cell, col) => cellXml(cell, `${columnName(col)}${rowIndex}`, style)).join('');
  return `<row r="${rowIndex}">${body}</row>`;
}

function colsXml(header: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const widths = header.map((h) => h.length);
  for (const row of rows.slice(0, 1000)) {
    row.forEach((cell, i) => {
      const len = cell === null ? 0 : String(cell).length;
      widths[i] = Math.max(widths[i] ?? 0, len);
    });
  }
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(w + 2, MAX_WIDTH)}" customWidth="1"/>`)
    .join('');
  return cols === '' ? '' : `<cols>${cols}</cols>`;
}

/**
 * One worksheet part: a bold header row frozen at the top (it stays visible while scrolling
 * a thousand coded segments), column widths from the first rows' content, then the data rows.
 * Element order follows the schema (sheetViews, cols, sheetData), which Excel enforces.
 */
export function worksheetXml(header: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const pane =
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>';
  const data = [rowXml(header, 1, BOLD_STYLE), ...rows.map((row, i) => rowXml(row, i + 2, 0))].join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `${pane}${colsXml(header, rows)}<sheetData>${data}</sheetData></worksheet>`
  );
}
