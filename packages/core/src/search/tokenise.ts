/**
 * Word tokenising that agrees with SQLite FTS5's `unicode61` tokenizer (letters, numbers and
 * combining marks form words; everything else separates them), so that offsets computed here in
 * JavaScript point at the same words that FTS5 matched.
 */

/** A word in a text: `[start, end)` in UTF-16 code units, `term` lower-cased. */
export interface Token {
  start: number;
  end: number;
  term: string;
}

// \p{M} keeps a decomposed diacritic inside its word, as unicode61 does with remove_diacritics 0.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits `text.slice(from, to)` into lower-cased words with offsets into the whole `text`. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, term: m[0].toLowerCase() });
  }
  return out;
}

/** The lower-cased words of a text without offsets (the cheap path used when indexing). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
