import type { EditRegion, TextRange } from './anchor-types.js';

/** Which side of an offset matters: a segment's start looks right, its end looks left. */
export type OffsetBias = 'start' | 'end';

type Side = 'old' | 'new';

// Ends of a region on one side or the other, read without building tuples: these run inside
// binary searches done for every segment.
function fromStart(r: EditRegion, side: Side): number {
  return side === 'old' ? r.oldStart : r.newStart;
}

function fromEnd(r: EditRegion, side: Side): number {
  return side === 'old' ? r.oldEnd : r.newEnd;
}

function toStart(r: EditRegion, side: Side): number {
  return side === 'old' ? r.newStart : r.oldStart;
}

function toEnd(r: EditRegion, side: Side): number {
  return side === 'old' ? r.newEnd : r.oldEnd;
}

/**
 * Index of the last region that lies before `pos` for this bias (or -1). Binary search: the
 * regions are sorted and do not touch, so the predicate holds for a prefix of them.
 * An insertion exactly at `pos` counts as before a start (the segment moves right of it) but
 * not before an end (the inserted text stays outside the segment).
 */
function lastBefore(regions: readonly EditRegion[], pos: number, bias: OffsetBias, side: Side): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = regions[mid];
    if (r === undefined) break;
    const s = fromStart(r, side);
    const before = s < pos || (bias === 'start' && s === pos && fromEnd(r, side) === pos);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function mapThrough(regions: readonly EditRegion[], pos: number, bias: OffsetBias, side: Side): number {
  const r = regions[lastBefore(regions, pos, bias, side)];
  if (r === undefined) return pos;
  const e = fromEnd(r, side);
  if (pos >= e) return pos - e + toEnd(r, side);
  // Inside a replaced stretch: keep the replacement inside the mapped range.
  return bias === 'start' ? toStart(r, side) : toEnd(r, side);
}

/** Maps an offset of the old text to the new text (O(log regions)). */
export function mapOldToNew(regions: readonly EditRegion[], pos: number, bias: OffsetBias): number {
  return mapThrough(regions, pos, bias, 'old');
}

/** Maps an offset of the new text back to the old text (O(log regions)). */
export function mapNewToOld(regions: readonly EditRegion[], pos: number, bias: OffsetBias): number {
  return mapThrough(regions, pos, bias, 'new');
}

function overlap(a: TextRange, b: TextRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Walks the unchanged stretches of `range` (in `side`'s coordinates), calling `visit` with
 * each stretch and its counterpart on the other side.
 */
function eachUnchanged(
  regions: readonly EditRegion[],
  range: TextRange,
  side: Side,
  visit: (here: TextRange, there: TextRange) => void,
): void {
  // First region that ends after range.start.
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = regions[mid];
    if (r !== undefined && fromEnd(r, side) <= range.start) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  const previous = regions[i - 1];
  let gapStart = previous === undefined ? 0 : fromEnd(previous, side);
  let shift = previous === undefined ? 0 : toEnd(previous, side) - fromEnd(previous, side);
  for (;;) {
    const r = regions[i];
    const gapEnd = r === undefined ? Number.POSITIVE_INFINITY : fromStart(r, side);
    const start = Math.max(gapStart, range.start);
    const end = Math.min(gapEnd, range.end);
    if (end > start) visit({ start, end }, { start: start + shift, end: end + shift });
    if (r === undefined || fromEnd(r, side) >= range.end) return;
    gapStart = fromEnd(r, side);
    shift = toEnd(r, side) - gapStart;
    i++;
  }
}

/** How many characters of an old range the edits left untouched. */
export function unchangedLength(regions: readonly EditRegion[], oldRange: TextRange): number {
  let n = 0;
  eachUnchanged(regions, oldRange, 'old', (here) => {
    n += here.end - here.start;
  });
  return n;
}

/**
 * How many characters of a new range are old text from somewhere other than `own` (an old
 * range). A candidate made of such text is another passage that was already there, so a
 * segment must not be moved onto it.
 */
export function foreignLength(regions: readonly EditRegion[], newRange: TextRange, own: TextRange): number {
  let n = 0;
  eachUnchanged(regions, newRange, 'new', (here, there) => {
    n += here.end - here.start - overlap(there, own);
  });
  return n;
}
