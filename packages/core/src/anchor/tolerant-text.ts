import type { TextRange } from './anchor-types.js';

/**
 * A text folded for tolerant matching, with a map back to the original offsets:
 * folded character `i` came from `original[starts[i], ends[i])`.
 */
export interface FoldedText {
  folded: string;
  starts: Int32Array;
  ends: Int32Array;
}

// Users paste quotes from Word, which turns straight quotes and hyphens into typographic ones.
const FOLDS: ReadonlyMap<number, string> = new Map(([
  ['\u2018', "'"], ['\u2019', "'"], ['\u201a', "'"], ['\u201b', "'"], ['\u2032', "'"],
  ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'], ['\u201f', '"'], ['\u2033', '"'],
  ['\u00ab', '"'], ['\u00bb', '"'],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'],
  ['\u2015', '-'], ['\u2212', '-'],
  ['\u2026', '...'],
] as const).map(([from, to]) => [from.charCodeAt(0), to]));

/** Whitespace as JavaScript's `\s` defines it, tested by code for speed on long texts. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** Invisible characters Word inserts (soft hyphen, zero-width space/joiners, BOM) match nothing. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * Folds `text` so that runs of whitespace become one space, typographic quotes, apostrophes
 * and dashes become their ASCII forms, `…` becomes `...`, and invisible characters vanish.
 * Case and letters are kept: `økonomi` never matches `okonomi`. The folded string is built
 * from slices of the original between the characters that change (most characters stand for
 * themselves), so a 300,000-word text folds in a few milliseconds.
 */
export function foldForMatching(text: string): FoldedText {
  // `…` becomes three characters; every other character at most one.
  let ellipses = 0;
  for (let at = text.indexOf('\u2026'); at !== -1; at = text.indexOf('\u2026', at + 1)) ellipses += 1;
  const maps = { starts: new Int32Array(text.length + 2 * ellipses), ends: new Int32Array(text.length + 2 * ellipses) };
  const { folded, n } = fold(text, maps);
  return { folded, starts: maps.starts.subarray(0, n), ends: maps.ends.subarray(0, n) };
}

/**
 * The folding itself; records where each folded character came from only when given
 * `maps` (large enough), since a quote needs the folded string alone.
 */
const NO_OFFSETS = new Int32Array(0);

function fold(text: string, maps: { starts: Int32Array; ends: Int32Array } | null): { folded: string; n: number } {
  const record = maps !== null;
  const starts = maps?.starts ?? NO_OFFSETS;
  const ends = maps?.ends ?? NO_OFFSETS;
  const pieces: string[] = [];
  // text[copied, i) has not been copied yet and folds to itself.
  let copied = 0;
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Printable ASCII, most of any text, folds to itself.
    if (code > 0x20 && code < 0x80) {
      if (record) {
        starts[n] = i;
        ends[n] = i + 1;
      }
      n += 1;
      i += 1;
      continue;
    }
    if (isSpace(code)) {
      let j = i + 1;
      while (j < text.length && (isSpace(text.charCodeAt(j)) || isInvisible(text.charCodeAt(j)))) j += 1;
      if (record) {
        starts[n] = i;
        ends[n] = j;
      }
      n += 1;
      if (code !== 0x20 || j !== i + 1) {
        pieces.push(text.slice(copied, i), ' ');
        copied = j;
      }
      i = j;
      continue;
    }
    const folded = code < 0x80 ? undefined : FOLDS.get(code);
    if (code >= 0x80 && isInvisible(code)) {
      pieces.push(text.slice(copied, i));
      copied = i + 1;
    } else {
      if (folded !== undefined) {
        pieces.push(text.slice(copied, i), folded);
        copied = i + 1;
      }
      for (let k = 0; k < (folded?.length ?? 1); k++) {
        if (record) {
          starts[n] = i;
          ends[n] = i + 1;
        }
        n += 1;
      }
    }
    i += 1;
  }
  pieces.push(text.slice(copied));
  return { folded: pieces.join(''), n };
}

/** True when folding leaves `text` as it is: no character that folding changes or drops. */
function foldsToItself(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x80) continue;
    if (code === 0x20) {
      // A lone space stays; a run (or a space before an invisible character) shrinks.
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x41;
      if (isSpace(next) || isInvisible(next)) return false;
    } else if (isSpace(code) || isInvisible(code) || FOLDS.has(code)) {
      return false;
    }
  }
  return true;
}

/**
 * Folds a quote and trims the space that folding leaves at either end. Most quotes need no
 * folding, and re-anchoring folds thousands of them, so those skip building the offset map.
 */
export function foldQuote(quote: string): string {
  return (foldsToItself(quote) ? quote : fold(quote, null).folded).trim();
}

/** Every (possibly overlapping) occurrence of `needle` in `haystack`. */
export function findAll(haystack: string, needle: string): TextRange[] {
  const found: TextRange[] = [];
  if (needle.length === 0) return found;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    found.push({ start: at, end: at + needle.length });
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

/**
 * Occurrences of an already folded quote in a folded text, as ranges of the original text.
 * A match that would start or end inside a folded-away whitespace run is trimmed to its
 * visible characters, so the reported text never begins or ends with a space it did not quote.
 */
export function findAllFolded(text: FoldedText, foldedQuote: string): TextRange[] {
  return findAll(text.folded, foldedQuote).map(({ start, end }) => ({
    start: text.starts[start] ?? 0,
    end: text.ends[end - 1] ?? 0,
  }));
}

/** First index whose value is at least `value`, in a non-decreasing array. */
function firstAtLeast(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What `findAllFolded(foldForMatching(original.slice(start, end)), foldedQuote)` finds (as
 * offsets of the original), taken from a fold of the whole text made once: many windows
 * then cost a binary search each instead of folding each again. Equal because a folded quote
 * neither starts nor ends with a space, so only whitespace runs cut by the window's edges —
 * which no match can begin or end on — fold differently in a slice.
 */
export function findAllFoldedWithin(text: FoldedText, foldedQuote: string, window: TextRange): TextRange[] {
  if (foldedQuote.length === 0) return [];
  // Folded characters lying wholly inside the window: starts and ends never decrease.
  const lo = firstAtLeast(text.starts, window.start);
  const hi = firstAtLeast(text.ends, window.end + 1);
  if (hi - lo < foldedQuote.length) return [];
  return findAll(text.folded.slice(lo, hi), foldedQuote).map(({ start, end }) => ({
    start: text.starts[lo + start] ?? 0,
    end: text.ends[lo + end - 1] ?? 0,
  }));
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
// Folded characters that other characters may have folded into: the space and ASCII forms.
const FOLD_TARGETS = /[ '"\-.]+/;
// Pieces looked up per quote: the longest ones rule most misses out.
const PIECES_CHECKED = 3;

/**
 * True when `text` certainly holds no tolerant match of `foldedQuote`, decided without
 * folding the text. Every other folded character stands for itself, so each run of them in
 * the quote must occur verbatim in the text — unless invisible characters, which folding
 * drops, could sit inside it. False means "maybe": the caller folds and searches.
 */
export function lacksFoldedMatch(text: string, foldedQuote: string): boolean {
  const pieces = foldedQuote
    .split(FOLD_TARGETS)
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length)
    .slice(0, PIECES_CHECKED);
  return pieces.some((p) => !text.includes(p)) && !INVISIBLE.test(text);
}
