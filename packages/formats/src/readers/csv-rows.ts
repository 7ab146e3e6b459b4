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
 */
export function parseCsvRows(text: string, delimiter: string, fileName = 'CSV'): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field.trim() === '') {
      const quoteLine = line;
      field = '';
      i += 1;
      for (;;) {
        if (i >= text.length) {
          throw new PolyphonyError('parse_error', `${fileName}, line ${quoteLine}: quoted field is never closed`, {
            file: fileName,
            line: quoteLine,
          });
        }
        const c = text[i];
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i += 1;
          break;
        } else {
          if (c === '\n') line += 1;
          if (c === '\r' && text[i + 1] !== '\n') line += 1;
          field += c;
          i += 1;
        }
      }
      // Only blanks may stand between a closing quote and the end of the field.
      while (text[i] === ' ' || text[i] === '\t') i += 1;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new PolyphonyError('parse_error', `${fileName}, line ${line}: unexpected text after a closing quote`, {
          file: fileName,
          line,
        });
      }
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      rowLine = line;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
