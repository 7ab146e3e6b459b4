import type { TextRange } from './anchor-types.js';
import { bestWindowDistance, bitPattern } from './bit-distance.js';
import { approximateMatch, editDistance, type ApproximateMatch } from './fuzzy-score.js';

/** The text nearest to a quote that was not found, for the `quote_not_found` error. */
export interface ClosestMatch extends TextRange {
  text: string;
  /** `1 - edits / longer length`, rounded to three decimals; 1 would be an exact match. */
  similarity: number;
}

// Budget of character comparisons: below it the whole text is scanned, above it only windows
// around the quote's rarest words (300,000 words stay well under a second).
const FULL_SCAN_BUDGET = 4_000_000;
const SEED_BUDGET = 20_000_000;
// Occurrences counted per word: beyond this a word is simply common.
const COMMON_WORD = 2_000;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

function countUpTo(text: string, word: string, cap: number): number[] {
  const at: number[] = [];
  let i = text.indexOf(word);
  while (i !== -1 && at.length <= cap) {
    at.push(i);
    i = text.indexOf(word, i + 1);
  }
  return at;
}

/**
 * Candidate windows around occurrences of the quote's rarest words: each occurrence says where
 * the quote would start if that word were in place, with slack for edits either side.
 */
function seedWindows(haystack: string, quote: string, maxWindows: number): TextRange[] {
  const m = quote.length;
  const slack = Math.ceil(m / 4) + 8;
  const words = new Map<string, number>();
  for (const w of quote.matchAll(WORD)) {
    if (!words.has(w[0]) && (w[0].length >= 3 || words.size === 0)) words.set(w[0], w.index);
  }
  // Rarest first; when every word is common, the least common still seed some windows.
  const seeded = [...words]
    .map(([word, offset]) => ({ offset, hits: countUpTo(haystack, word, COMMON_WORD) }))
    .filter((s) => s.hits.length > 0)
    .sort((a, b) => a.hits.length - b.hits.length);
  const windows: TextRange[] = [];
  for (const s of seeded) {
    for (const hit of s.hits) {
      if (windows.length >= maxWindows) return windows;
      const start = hit - s.offset;
      windows.push({ start: start - slack, end: start + m + slack });
    }
  }
  return windows;
}

function clip(windows: TextRange[], allowed: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const w of windows) {
    for (const a of allowed) {
      const start = Math.max(w.start, a.start);
      const end = Math.min(w.end, a.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/**
 * The first window's best match among those with the fewest edits. Each window's distance is
 * first computed bit-parallel (cheap); the full alignment, which also finds where the match
 * lies, runs only for a window that beats the best so far — a few times per search.
 */
function bestIn(text: string, quote: string, windows: readonly TextRange[]): ApproximateMatch | null {
  const pattern = bitPattern(quote);
  let best: ApproximateMatch | null = null;
  for (const w of windows) {
    if (best !== null && bestWindowDistance(pattern, text, w.start, w.end) >= best.distance) continue;
    const found = approximateMatch(text, quote, w.start, w.end);
    if (found !== null && (best === null || found.distance < best.distance)) best = found;
  }
  return best;
}

/**
 * The window of `text` (inside `allowed`) that needs the fewest edits to become `quote`.
 * Small texts are scanned whole; large ones only around the quote's rarest words, also
 * ignoring case when no word occurs as typed. Null when nothing resembles the quote.
 */
export function closestMatch(text: string, quote: string, allowed: readonly TextRange[]): ClosestMatch | null {
  const m = quote.length;
  if (m === 0) return null;
  const total = allowed.reduce((n, a) => n + a.end - a.start, 0);
  let best: ApproximateMatch | null;
  if (total * m <= FULL_SCAN_BUDGET) {
    best = bestIn(text, quote, allowed);
  } else {
    const maxWindows = Math.max(4, Math.floor(SEED_BUDGET / (m * (1.5 * m + 16))));
    let windows = clip(seedWindows(text, quote, maxWindows), allowed);
    if (windows.length === 0) {
      const lower = text.toLowerCase();
      // Lower-casing can change the length of a few scripts; offsets then no longer agree.
      if (lower.length === text.length) windows = clip(seedWindows(lower, quote.toLowerCase(), maxWindows), allowed);
    }
    best = bestIn(text, quote, windows);
  }
  if (best === null) return null;
  // An alignment may take in a space at either end for free; people expect it trimmed.
  while (best.end > best.start && /\s/.test(text.charAt(best.end - 1))) best = { ...best, end: best.end - 1 };
  while (best.end > best.start && /\s/.test(text.charAt(best.start))) best = { ...best, start: best.start + 1 };
  if (best.end <= best.start) return null;
  const found = text.slice(best.start, best.end);
  const score = Math.max(0, 1 - editDistance(quote, found) / Math.max(m, found.length));
  if (score === 0) return null;
  return {
    start: best.start,
    end: best.end,
    text: found,
    similarity: Math.round(score * 1000) / 1000,
  };
}
