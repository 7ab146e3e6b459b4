import type { AnchoredSegment, ReanchorResult, TextRange } from './anchor-types.js';
import { prefixBefore, suffixAfter } from './describe-segment.js';
import { mapOldToNew } from './edit-map.js';
import { reanchorContext, type ReanchorContext, type SegmentJob } from './reanchor-context.js';
import { findQuoteNear } from './reanchor-exact.js';
import { findFuzzy } from './reanchor-fuzzy.js';
import { diffTexts } from './text-diff.js';

function anchored(ctx: ReanchorContext, s: AnchoredSegment, r: TextRange, outcome: 'stayed' | 'moved', score?: number): ReanchorResult {
  const result: ReanchorResult = {
    id: s.id,
    outcome,
    start: r.start,
    end: r.end,
    exact: ctx.newText.slice(r.start, r.end),
    prefix: prefixBefore(ctx.newText, r.start),
    suffix: suffixAfter(ctx.newText, r.end),
  };
  if (score !== undefined) result.score = Math.round(score * 1000) / 1000;
  return result;
}

function reanchorOne(ctx: ReanchorContext, s: AnchoredSegment): ReanchorResult {
  const { oldText, newText, regions } = ctx;
  const valid = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= oldText.length;
  const clamp = (n: number): number => Math.min(Math.max(0, Math.trunc(n) || 0), newText.length);
  const expected: TextRange = valid
    ? { start: mapOldToNew(regions, s.start, 'start'), end: mapOldToNew(regions, s.end, 'end') }
    : { start: clamp(s.start), end: clamp(s.end) };
  // (a) the same text at the position mapped through the edits.
  if (s.exact.length > 0 && expected.end - expected.start === s.exact.length && newText.startsWith(s.exact, expected.start)) {
    return anchored(ctx, s, expected, 'stayed');
  }
  if (s.exact.length === 0) return orphan(s);
  const own = valid && oldText.startsWith(s.exact, s.start) && s.end - s.start === s.exact.length ? { start: s.start, end: s.end } : null;
  const job: SegmentJob = { segment: s, own, expected };
  // (b) the exact quote near the expected position.
  const near = findQuoteNear(ctx, job);
  if (near !== null) return anchored(ctx, s, near, 'moved', 1);
  // (c) a fuzzy match above the threshold.
  const fuzzy = findFuzzy(ctx, job);
  if (fuzzy !== null) return anchored(ctx, s, fuzzy.range, 'moved', fuzzy.score);
  return orphan(s);
}

/** (d) orphan: the old values, kept for review. */
function orphan(s: AnchoredSegment): ReanchorResult {
  return { id: s.id, outcome: 'orphan', start: s.start, end: s.end, exact: s.exact, prefix: s.prefix, suffix: s.suffix };
}

/**
 * Re-anchors segments made on `oldText` to `newText` (both normalised), in a fixed order:
 * (a) map the old position through the edits — the same text there means `stayed`;
 * (b) the exact quote (then whitespace/typography-tolerant) near the expected position;
 * (c) a fuzzy match scored on quote, prefix, suffix and distance, above a threshold;
 * (d) `orphan`, keeping the old values. `moved` results carry the new `exact` (the corrected
 * text when the edit fell inside the quote) and a `score`; every non-orphan gets its prefix
 * and suffix recomputed from the new text. Results come in the order of `segments`.
 *
 * The edits are computed once; a segment outside them costs a binary search over the edit
 * regions and one string comparison, so thousands of segments re-anchor in milliseconds.
 */
export function reanchorSegments(oldText: string, newText: string, segments: readonly AnchoredSegment[]): ReanchorResult[] {
  const ctx = reanchorContext(oldText, newText, diffTexts(oldText, newText));
  return segments.map((s) => reanchorOne(ctx, s));
}
