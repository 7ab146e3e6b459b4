import type { TextRange } from './anchor-types.js';
import { unchangedLength } from './edit-map.js';
import { approximateMatch, similarity } from './fuzzy-score.js';
import { contextScore, isOwnOrNewText, snapToCharacters, type ReanchorContext, type SegmentJob } from './reanchor-context.js';

// Weights of the fuzzy score: the quote matters most, its surroundings next, distance least.
const WEIGHT = { quote: 0.6, prefix: 0.15, suffix: 0.15, proximity: 0.1 } as const;
// Below these a candidate is other text, not this segment's text edited.
const MIN_QUOTE_SIMILARITY = 0.75;
const MIN_SCORE = 0.65;
// An edit in place that changed more than the quote-similarity threshold allows (a short
// quote whose name became a long pseudonym) still counts when this share of the old quote
// survived in place and the surroundings agree.
const MIN_KEPT = 0.3;
const MIN_KEPT_CONTEXT = 0.75;
// Levenshtein on longer pairs than this is replaced by the share of characters kept.
const MAX_COMPARE = 4_000_000;

/** A fuzzy result: the new range and its score (0..1). */
export interface FuzzyMatch {
  range: TextRange;
  score: number;
}

function trimSpace(text: string, r: TextRange, exact: string): TextRange {
  let { start, end } = r;
  if (!/^\s/.test(exact)) while (start < end && /\s/.test(text.charAt(start))) start++;
  if (!/\s$/.test(exact)) while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function proximity(job: SegmentJob, c: TextRange, reach: number): number {
  return 1 - Math.min(1, Math.abs(c.start - job.expected.start) / reach);
}

function score(ctx: ReanchorContext, job: SegmentJob, c: TextRange, quote: number, reach: number): number {
  const { prefix, suffix } = contextScore(ctx, job, c);
  return WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.proximity * proximity(job, c, reach);
}

/**
 * The segment's own text as the edits left it: the old range mapped through the diff.
 * Accepted when enough of the old quote survived in place or the new text is close to it —
 * a typo fixed or a name replaced inside the quote.
 */
function editedInPlace(ctx: ReanchorContext, job: SegmentJob, reach: number): FuzzyMatch | null {
  if (job.own === null) return null;
  const { exact } = job.segment;
  const r = snapToCharacters(ctx.newText, trimSpace(ctx.newText, job.expected, exact));
  if (r.end <= r.start) return null;
  const found = ctx.newText.slice(r.start, r.end);
  const unchanged = unchangedLength(ctx.regions, job.own);
  const quote = exact.length * found.length <= MAX_COMPARE
    ? similarity(exact, found)
    : unchanged / Math.max(exact.length, found.length);
  if (quote < MIN_QUOTE_SIMILARITY) {
    const { prefix, suffix } = contextScore(ctx, job, r);
    if (unchanged / exact.length < MIN_KEPT || (prefix + suffix) / 2 < MIN_KEPT_CONTEXT) return null;
  }
  return { range: r, score: score(ctx, job, r, quote, reach) };
}

/** The best approximate occurrence of the quote within `reach` of the expected position. */
function nearbyApproximate(ctx: ReanchorContext, job: SegmentJob, reach: number): FuzzyMatch | null {
  const { exact } = job.segment;
  // The mapped end can lie far off when a huge region was replaced; the quote's own length
  // bounds the window instead, keeping this O(quote · (quote + reach)).
  const end = Math.min(job.expected.end, job.expected.start + 2 * exact.length);
  const found = approximateMatch(ctx.newText, exact, job.expected.start - reach, end + reach);
  if (found === null || found.end <= found.start) return null;
  const r = snapToCharacters(ctx.newText, found);
  const quote = 1 - found.distance / exact.length;
  if (quote < MIN_QUOTE_SIMILARITY || !isOwnOrNewText(ctx, job, r)) return null;
  const s = score(ctx, job, r, quote, reach);
  return s >= MIN_SCORE ? { range: r, score: s } : null;
}

/**
 * Stage (c): a fuzzy match scored on quote similarity, prefix, suffix and distance from the
 * expected position, above a threshold. First the segment's own text as edited in place;
 * only if that fails, the best approximate occurrence nearby — which must not be a passage
 * that already existed elsewhere (a deleted sentence never lands on its neighbour).
 */
export function findFuzzy(ctx: ReanchorContext, job: SegmentJob): FuzzyMatch | null {
  const reach = Math.max(64, Math.ceil(job.segment.exact.length / 2));
  return editedInPlace(ctx, job, reach) ?? nearbyApproximate(ctx, job, reach);
}
