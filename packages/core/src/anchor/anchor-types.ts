/**
 * Shapes shared by the anchoring functions. All offsets are UTF-16 code units of normalised
 * text (see `normaliseText`); ranges are half-open: `text.slice(start, end)`.
 */

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a segment sits and what it quotes: W3C Web Annotation position + quote selectors.
 * `prefix` and `suffix` hold up to {@link CONTEXT_LENGTH} characters either side.
 */
export interface TextAnchor extends TextRange {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A segment to re-anchor: an anchor with the id the caller uses to match results. */
export interface AnchoredSegment extends TextAnchor {
  id: string;
}

/**
 * How a segment came through a text change:
 * - `stayed`: the same text stands at the position mapped through the edits;
 * - `moved`: found by quote search or fuzzy match elsewhere, or its own text was edited
 *   (the result's `exact` is then the corrected text);
 * - `orphan`: not found; the result keeps the old values for review.
 */
export type ReanchorOutcome = 'stayed' | 'moved' | 'orphan';

/** The result for one segment; `score` (0..1) says how sure a `moved` result is. */
export interface ReanchorResult extends TextAnchor {
  id: string;
  outcome: ReanchorOutcome;
  score?: number;
}

/**
 * One changed stretch between an old and a new text: `old[oldStart, oldEnd)` was replaced by
 * `new[newStart, newEnd)`. Text between regions is equal in both. Coordinates are absolute.
 */
export interface EditRegion {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}
