import type { ExportCell } from './table.js';

/**
 * Leading characters that make Excel, LibreOffice and Google Sheets read a cell as a formula
 * (OWASP "CSV injection"). A participant's answer such as `=HYPERLINK("http://…")` or `-2+3`
 * would otherwise run or turn into a number when a co-researcher opens the export; an
 * apostrophe makes the spreadsheet show the text as written.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** UTF-8 byte-order mark: without it Excel reads CSV as the local ANSI code page and mangles æøå. */
const BOM = '\uFEFF';

/** Prefixes `'` to a text cell a spreadsheet would otherwise evaluate as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  // Numbers are ours (offsets, counts), never user text, so they cannot carry a formula.
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a table as RFC 4180 CSV: fields holding `"`, `,`, CR or LF are quoted (inner quotes
 * doubled), records end in CRLF, and the string starts with a BOM (U+FEFF) so that encoding it
 * as UTF-8 yields a file Excel opens with the right characters. Text cells starting with
 * `=`, `+`, `-`, `@`, tab or CR get a leading `'` (see {@link neutraliseFormula}).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}
