import type { AnchoredSegment, EditRegion, TextRange } from './anchor-types.js';
import { prefixBefore, splitsSurrogatePair, suffixAfter } from './describe-segment.js';
import { foreignLength } from './edit-map.js';
import { foldedWindowSearch, type FoldedWindowSearch } from './folded-search.js';
import { contextSimilarity } from './fuzzy-score.js';

// A candidate may include this share of old text from elsewhere (an alignment that reaches a
// character into a neighbour); more means it is another passage that was already there.
const FOREIGN_SHARE = 0.2;

/** What every stage of re-anchoring needs to know about one text change. */
export interface ReanchorContext {
  oldText: string;
  newText: string;
  regions: readonly EditRegion[];
  /** New-side regions, longest first, for finding text that was cut and pasted. */
  byLength: () => readonly EditRegion[];
  /** Tolerant search in windows of the new text, sharing one fold of it across segments. */
  findFolded: FoldedWindowSearch;
}

/** Builds the shared context; the expensive parts are computed lazily, once. */
export function reanchorContext(oldText: string, newText: string, regions: readonly EditRegion[]): ReanchorContext {
  let byLength: EditRegion[] | undefined;
  return {
    oldText,
    newText,
    regions,
    byLength: () =>
      (byLength ??= [...regions].sort((a, b) => b.newEnd - b.newStart - (a.newEnd - a.newStart))),
    findFolded: foldedWindowSearch(newText),
  };
}

/** One segment under way: the segment, its trusted old range (if any), where it should be. */
export interface SegmentJob {
  segment: AnchoredSegment;
  /** The old range, when `oldText` really holds `exact` there; null for stale offsets. */
  own: TextRange | null;
  expected: TextRange;
}

/** Mean agreement of a candidate's new context with the segment's stored prefix and suffix. */
export function contextScore(ctx: ReanchorContext, job: SegmentJob, c: TextRange): { prefix: number; suffix: number } {
  return {
    prefix: contextSimilarity(job.segment.prefix, prefixBefore(ctx.newText, c.start), 'prefix'),
    suffix: contextSimilarity(job.segment.suffix, suffixAfter(ctx.newText, c.end), 'suffix'),
  };
}

/**
 * False when the candidate is mostly text that already existed elsewhere in the old text:
 * moving the segment there would attach it to a different passage (a neighbouring or
 * duplicated sentence). Only decidable when the old offsets are trusted.
 */
export function isOwnOrNewText(ctx: ReanchorContext, job: SegmentJob, c: TextRange): boolean {
  if (job.own === null) return true;
  return foreignLength(ctx.regions, c, job.own) <= Math.floor(FOREIGN_SHARE * (c.end - c.start));
}

/** Widens a range so that it never cuts an emoji (surrogate pair) in half. */
export function snapToCharacters(text: string, r: TextRange): TextRange {
  return {
    start: splitsSurrogatePair(text, r.start) ? r.start - 1 : r.start,
    end: splitsSurrogatePair(text, r.end) ? r.end + 1 : r.end,
  };
}
