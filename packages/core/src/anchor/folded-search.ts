import type { TextRange } from './anchor-types.js';
import { findAllFolded, findAllFoldedWithin, foldForMatching, type FoldedText } from './tolerant-text.js';

/** Tolerant search in windows of one text: `(foldedQuote, window) => ranges of the text`. */
export type FoldedWindowSearch = (foldedQuote: string, window: TextRange) => TextRange[];

// Folding a small window costs several times more per character than folding the whole
// text (allocation per call), so windows are folded alone only up to this share of the text.
const WINDOW_SHARE = 1 / 16;

/**
 * A tolerant search over windows of `text` that folds each window on its own until the
 * characters folded so far reach a share of the text's length, then folds the whole text
 * once and searches that. A few windows (one edit) stay cheap; thousands (a name replaced
 * everywhere) cost about one fold of the text.
 */
export function foldedWindowSearch(text: string): FoldedWindowSearch {
  let folded: FoldedText | undefined;
  let spent = 0;
  return (foldedQuote, window) => {
    if (foldedQuote.length === 0) return [];
    const from = Math.max(0, window.start);
    const to = Math.min(text.length, window.end);
    if (to <= from) return [];
    if (folded === undefined && spent + (to - from) <= WINDOW_SHARE * text.length) {
      spent += to - from;
      return findAllFolded(foldForMatching(text.slice(from, to)), foldedQuote).map((r) => ({
        start: r.start + from,
        end: r.end + from,
      }));
    }
    folded ??= foldForMatching(text);
    return findAllFoldedWithin(folded, foldedQuote, { start: from, end: to });
  };
}
