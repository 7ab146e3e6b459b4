import { mapOldToNew, type EditRegion, type Turn } from '@polyphony/core';

// Text inserted exactly where a turn's words begin belongs to that turn (a correction such as
// "Yes, " before the first word), so a start takes the earlier of the two mappings.
const mapStart = (regions: readonly EditRegion[], pos: number): number =>
  Math.min(mapOldToNew(regions, pos, 'start'), mapOldToNew(regions, pos, 'end'));

/** Turns of an edited text: each boundary mapped through the edit regions (old → new). */
export function mapTurns(turns: readonly Turn[], regions: readonly EditRegion[]): Turn[] {
  return turns.map((t) => ({
    ...t,
    start: mapStart(regions, t.start),
    textStart: mapStart(regions, t.textStart),
    end: mapOldToNew(regions, t.end, 'end'),
  }));
}

/**
 * Replaces every occurrence of `find` (left to right, not overlapping) and returns the new text
 * with the edit regions, so that turns can be carried over exactly.
 */
export function replaceAll(text: string, find: string, replaceWith: string): { text: string; regions: EditRegion[] } {
  const regions: EditRegion[] = [];
  let out = '';
  let at = 0;
  for (let i = text.indexOf(find); find && i >= 0; i = text.indexOf(find, i + find.length)) {
    out += text.slice(at, i);
    regions.push({ oldStart: i, oldEnd: i + find.length, newStart: out.length, newEnd: out.length + replaceWith.length });
    out += replaceWith;
    at = i + find.length;
  }
  return { text: out + text.slice(at), regions };
}
