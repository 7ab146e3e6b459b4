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
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

// Whether each BMP code unit is part of a word: 0 not yet known, 1 word, 2 separator. Indexing
// runs over millions of words; one table lookup per character is several times cheaper than a
// Unicode-property regex, and the table fills lazily with the characters a corpus really uses.
const UNIT_CLASS = new Uint8Array(0x10000);
const WORD = 1;
const SEPARATOR = 2;

function classify(unit: number): number {
  // A lone surrogate is no character at all; pairs are classified by code point in `wordEnd`.
  const k = unit >= 0xd800 && unit <= 0xdfff ? SEPARATOR : WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : SEPARATOR;
  UNIT_CLASS[unit] = k;
  return k;
}

/**
 * Length in code units of the word character at `i` of `s`, or 0 if it separates words: the
 * step of {@link scanWords}, for loops that must do per-character work of their own.
 */
export function wordCharLength(s: string, i: number): number {
  const unit = s.charCodeAt(i);
  const k = UNIT_CLASS[unit] || classify(unit);
  if (k === WORD) return 1;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    // Letters outside the BMP (e.g. CJK extension B) are rare: test the whole code point.
    const cp = s.codePointAt(i) ?? unit;
    if (cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp))) return 2;
  }
  return 0;
}

/**
 * Calls `onWord(start, end)` for every word of `s.slice(from, to)` in one pass over the string,
 * with offsets into `s`.
 */
export function scanWords(s: string, from: number, to: number, onWord: (start: number, end: number) => void): void {
  let start = -1;
  let i = from;
  while (i < to) {
    const n = wordCharLength(s, i);
    if (n > 0) {
      if (start < 0) start = i;
      i += n;
    } else {
      if (start >= 0) onWord(start, i);
      start = -1;
      i++;
    }
  }
  if (start >= 0) onWord(start, Math.min(i, to));
}

/** Splits `text.slice(from, to)` into lower-cased words with offsets into the whole `text`. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  scanWords(text, from, to, (start, end) => out.push({ start, end, term: text.slice(start, end).toLowerCase() }));
  return out;
}

/** The lower-cased words of a text without offsets (the cheap path used when indexing). */
export function words(text: string): string[] {
  // Lower-casing the whole text once is far cheaper than once per word; it may change the
  // text's length (İ → i̇), which is harmless here because no offsets are returned.
  const lower = text.toLowerCase();
  const out: string[] = [];
  scanWords(lower, 0, lower.length, (start, end) => out.push(lower.slice(start, end)));
  return out;
}
