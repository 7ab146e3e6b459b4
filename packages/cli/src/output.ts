/**
 * Terminal output: aligned tables for people, JSON for scripts. Everything the CLI prints goes
 * through here so that `--json` output is never mixed with human text.
 */

/** A column of a terminal table: header text and how to read the cell from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Right-align numbers. */
  align?: 'left' | 'right';
  /** Cut longer cells with an ellipsis. */
  max?: number;
}

/** Width of a string in terminal columns (combining marks take none). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function cut(s: string, max: number | undefined): string {
  if (!max || width(s) <= max) return s;
  return [...s].slice(0, max - 1).join('') + '…';
}

/** Renders rows as an aligned text table with a header and a rule. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(String(c.value(r) ?? ''), c.max).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((row) => width(row[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const w = widths[i] ?? 0;
    const fill = ' '.repeat(Math.max(0, w - width(s)));
    return columns[i]?.align === 'right' ? fill + s : s + fill;
  };
  const lines = [columns.map((c, i) => pad(c.header, i)).join('  '), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of cells) lines.push(row.map((s, i) => pad(s, i)).join('  ').trimEnd());
  return lines.join('\n');
}

/** Writes a line to stdout. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Writes a value as pretty JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Writes a note to stderr (progress, warnings) so stdout stays clean for pipes. */
export function note(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}
