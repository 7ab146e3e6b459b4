import { PolyphonyError } from '@polyphony/core';

/** One CSV record and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records (RFC 4180): fields separated by `delimiter`, quoted fields may hold
 * delimiters, line breaks and doubled quotes; CRLF or LF line ends; a final line break is
 * optional. Records whose fields are all empty (blank lines, Excel's `;;;` rows) are dropped.
 * Throws `parse_error` with the line for an unterminated quote or text after a closing quote.
 * Fields are cut out of `text` as slices, never built a character at a time, so memory stays
 * linear in the size of the file.
 */
export function parseCsvRows(text: string, delimiter: string, fileName = 'CSV'): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  // Blanks around a quoted field are layout, except a tab that is the delimiter itself.
  const isBlank = (c: string | undefined): boolean => (c === ' ' || c === '\t') && c !== delimiter;
  const plainEnd = (from: number): number => {
    let j = from;
    while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j += 1;
    return j;
  };
  const countLines = (part: string): void => {
    for (let k = 0; k < part.length; k++) {
      if (part[k] === '\n' || (part[k] === '\r' && part[k + 1] !== '\n')) line += 1;
    }
  };
  for (;;) {
    // One field starts at i: blanks, then a quoted field, or plain text up to the next separator.
    let j = i;
    while (isBlank(text[j])) j += 1;
    let field: string;
    if (text[j] === '"' && delimiter !== '"') {
      const quoteLine = line;
      const pieces: string[] = [];
      let from = j + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          throw new PolyphonyError('parse_error', `${fileName}, line ${quoteLine}: quoted field is never closed`, {
            file: fileName,
            line: quoteLine,
          });
        }
        pieces.push(text.slice(from, quote));
        if (text[quote + 1] === '"') {
          pieces.push('"');
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      field = pieces.join('');
      countLines(field);
      // Only blanks may stand between a closing quote and the end of the field.
      while (isBlank(text[i])) i += 1;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new PolyphonyError('parse_error', `${fileName}, line ${line}: unexpected text after a closing quote`, {
          file: fileName,
          line,
        });
      }
    } else {
      const end = plainEnd(i);
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    const ch = text[i];
    if (ch === delimiter) {
      i += 1;
      continue;
    }
    endRow();
    if (ch === undefined) break;
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line += 1;
    rowLine = line;
    if (i >= text.length) break;
  }
  return rows;
}
