import type { TextRange } from './anchor-types.js';
import { levenshtein } from './bit-distance.js';

/**
 * Levenshtein edit distance (insert, delete, substitute; UTF-16 units). Computed bit-parallel
 * with the shorter string as the pattern: O(|longer|·⌈|shorter|/32⌉), because re-anchoring
 * scores thousands of edited quotes and contexts after a name is replaced everywhere.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return levenshtein(a, b);
}

/** 1 for equal strings, 0 for nothing in common: `1 - distance / longer length`. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * Similarity of two contexts of possibly different length, compared over the part both have.
 * `side` says which end is next to the segment: prefixes are compared at their ends,
 * suffixes at their starts. Empty stored context (segment at the text edge) counts as agreeing
 * only when the new context is empty too.
 */
export function contextSimilarity(stored: string, found: string, side: 'prefix' | 'suffix'): number {
  const n = Math.min(stored.length, found.length);
  if (n === 0) return stored.length === found.length ? 1 : 0;
  const a = side === 'prefix' ? stored.slice(stored.length - n) : stored.slice(0, n);
  const b = side === 'prefix' ? found.slice(found.length - n) : found.slice(0, n);
  return similarity(a, b);
}

/** The best approximate occurrence of a pattern: where it is and how many edits it takes. */
export interface ApproximateMatch extends TextRange {
  distance: number;
}

/**
 * Finds the window of `text[from, to)` that `pattern` matches with the fewest edits
 * (semi-global alignment: the window may start and end anywhere). O(|pattern|·(to − from)).
 * Ties go to the earliest start, and among windows from that start to the longest (which reads
 * better as "the closest text"). Returns null for an empty pattern or range.
 */
export function approximateMatch(text: string, pattern: string, from: number, to: number): ApproximateMatch | null {
  const m = pattern.length;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (m === 0 || hi <= lo) return null;
  // Column over the pattern for the current text position: cost of aligning pattern[0, i)
  // to a window ending here, and where that window starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = lo;
  }
  let best: ApproximateMatch = { start: lo, end: lo, distance: m };
  for (let j = lo; j < hi; j++) {
    const cj = text.charCodeAt(j);
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const diag = (cost[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === cj ? 0 : 1);
      const skipText = (cost[i] ?? 0) + 1;
      const skipPattern = (nextCost[i - 1] ?? 0) + 1;
      if (diag <= skipText && diag <= skipPattern) {
        nextCost[i] = diag;
        nextOrigin[i] = origin[i - 1] ?? lo;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextOrigin[i] = origin[i] ?? lo;
      } else {
        nextCost[i] = skipPattern;
        nextOrigin[i] = nextOrigin[i - 1] ?? lo;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const d = cost[m] ?? m;
    const start = origin[m] ?? lo;
    if (d < best.distance || (d === best.distance && start === best.start)) best = { start, end: j + 1, distance: d };
  }
  return best;
}
