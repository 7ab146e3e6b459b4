/**
 * Makes text safe inside a GFM table cell: a `|` would end the cell and a line break the row, so
 * pipes are escaped and line breaks become `<br>` (which GFM renders inside cells).
 */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Turns text into a block quote, quoting every line so that a multi-line quote stays one block. */
export function blockQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}
