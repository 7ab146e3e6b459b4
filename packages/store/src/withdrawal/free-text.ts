import { redactQuotes, type QuoteOptions, type SpokenWords } from '@polyphony/core';

/** What quotes of a participant are found by: their words, and what counts as shared language. */
export interface QuoteFinder {
  spoken: SpokenWords;
  options: QuoteOptions;
}

/**
 * The columns a researcher types into, per table: where a participant's words can be quoted.
 * `summaries` is a JSON object of texts (a cross-cutting theme's summary per perspective).
 */
export const FREE_TEXT_COLUMNS = {
  memos: ['text'],
  codings: ['comment'],
  codes: ['name', 'description'],
  themes: ['name', 'definition', 'note', 'summaries'],
} as const satisfies Record<string, readonly string[]>;

/** A table with free text. */
export type FreeTextTable = keyof typeof FREE_TEXT_COLUMNS;

/** Whether a table name is one with free text (for events read back from the log). */
export function isFreeTextTable(name: string): name is FreeTextTable {
  return Object.hasOwn(FREE_TEXT_COLUMNS, name);
}

const JSON_COLUMNS: ReadonlySet<string> = new Set(['summaries']);

/** A JSON object of texts with each text redacted; unparseable JSON is left as it is. */
function redactJsonTexts(quotes: QuoteFinder, json: string): { text: string; passages: number } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { text: json, passages: 0 };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { text: json, passages: 0 };
  let passages = 0;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = typeof v === 'string' ? redactQuotes(quotes.spoken, v, quotes.options) : { text: v, passages: 0 };
    out[k] = r.text;
    passages += r.passages;
  }
  return passages === 0 ? { text: json, passages } : { text: JSON.stringify(out), passages };
}

/** The columns of a row (a table row or a copy of one in the log) that quoted the participant. */
export interface ColumnRedaction {
  /** New values of the columns that changed. */
  changes: Record<string, string>;
  passages: number;
}

/** Redacts the participant's words in the free-text columns of one row of `table`. */
export function redactColumns(quotes: QuoteFinder, table: FreeTextTable, row: Readonly<Record<string, unknown>>): ColumnRedaction {
  const changes: Record<string, string> = {};
  let passages = 0;
  for (const column of FREE_TEXT_COLUMNS[table]) {
    const value = row[column];
    if (typeof value !== 'string' || value === '') continue;
    const r = JSON_COLUMNS.has(column) ? redactJsonTexts(quotes, value) : redactQuotes(quotes.spoken, value, quotes.options);
    if (r.passages === 0) continue;
    changes[column] = r.text;
    passages += r.passages;
  }
  return { changes, passages };
}
