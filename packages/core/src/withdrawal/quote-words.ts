import { scanWords } from '../search/tokenise.js';

/**
 * A word of a free text as the quote matcher sees it: `[start, end)` in UTF-16 code units of the
 * original text, `key` its comparable form, and whether a sentence boundary comes before it.
 */
export interface QuoteWord {
  start: number;
  end: number;
  /** NFC, lower-cased, apostrophes dropped: `Don’t` and `don't` are both `dont`. */
  key: string;
  /** A sentence boundary (or the start of the text) lies between this word and the one before. */
  boundaryBefore: boolean;
}

// Apostrophes that join the parts of one word (don't, don’t, Ola’s): a researcher retypes quotes
// with whatever apostrophe their keyboard makes, and a split "don" + "t" would count twice.
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '\u2018', '`', '\u00b4']);

// What ends a sentence or sets a quote apart: sentence punctuation, line breaks, quotation marks
// (an apostrophe left between words is one: inside a word it was joined), brackets and dashes
// (a hyphen only with a space beside it: "full-time" is not two sentences). A comma is not.
const BOUNDARY = /[.!?…;:\n"“”„«»‹›()[\]{}–—'‘’`]|\s-|-\s/u;

/** The comparable form of one word. */
function keyOf(word: string): string {
  let key = word.normalize('NFC').toLowerCase();
  for (const a of APOSTROPHES) if (key.includes(a)) key = key.split(a).join('');
  return key;
}

/**
 * Splits a text into words for quote matching: words as the search tokeniser sees them (letters,
 * numbers, combining marks), joined across an apostrophe, each with its comparable key.
 */
export function quoteWords(text: string): QuoteWord[] {
  const spans: [number, number][] = [];
  scanWords(text, 0, text.length, (start, end) => {
    const last = spans[spans.length - 1];
    // "don" + "'" + "t" is one word: exactly one apostrophe between two word parts.
    if (last && start === last[1] + 1 && APOSTROPHES.has(text.charAt(last[1]))) last[1] = end;
    else spans.push([start, end]);
  });
  let prevEnd = 0;
  return spans.map(([start, end], i) => {
    const gap = text.slice(prevEnd, start);
    prevEnd = end;
    return { start, end, key: keyOf(text.slice(start, end)), boundaryBefore: i === 0 || BOUNDARY.test(gap) };
  });
}

/** Whether a sentence boundary (or the end of the text) follows word `i` of `words`. */
export function boundaryAfter(words: readonly QuoteWord[], i: number): boolean {
  const next = words[i + 1];
  return next === undefined || next.boundaryBefore;
}
