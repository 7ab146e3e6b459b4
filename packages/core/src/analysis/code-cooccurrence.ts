import type { AnalysisData } from './analysis-data.js';
import { indexAnalysis } from './analysis-index.js';
import { compareNames } from './collator.js';

/** Two codes and the number of segments that carry both. */
export interface CodePair {
  /** The code name that sorts first. */
  a: string;
  b: string;
  segments: number;
}

/**
 * Code × code co-occurrence. Two codes co-occur when they are applied to the *same segment* (the
 * same stored span); overlapping but different spans do not count here, because segments in this
 * model are the unit of evidence. Only segments of active participants count; a segment coded by
 * several coders counts once. Pairs that never co-occur are left out. Order: most segments first,
 * then by name.
 */
export function codeCooccurrence(data: AnalysisData): CodePair[] {
  const index = indexAnalysis(data);
  const codesOnSegment = new Map<number, Set<string>>();
  const { segment, code } = data.codings;
  for (let i = 0; i < segment.length; i++) {
    const seg = segment[i] ?? -1;
    const name = index.codeName.get(code[i] ?? '');
    if (name === undefined || index.segmentOwner(seg) === null) continue;
    let set = codesOnSegment.get(seg);
    if (!set) codesOnSegment.set(seg, (set = new Set()));
    set.add(name);
  }
  const counts = new Map<string, CodePair>();
  for (const set of codesOnSegment.values()) {
    const names = [...set].sort(compareNames);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i] ?? '';
        const b = names[j] ?? '';
        const key = `${a}\u0000${b}`;
        const pair = counts.get(key);
        if (pair) pair.segments++;
        else counts.set(key, { a, b, segments: 1 });
      }
    }
  }
  return [...counts.values()].sort((x, y) => y.segments - x.segments || compareNames(x.a, y.a) || compareNames(x.b, y.b));
}
