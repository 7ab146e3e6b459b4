/** A coded stretch to show: offsets into the source text and the code it carries. */
export interface Mark {
  codingId: string;
  code: string;
  start: number;
  end: number;
}

/** A piece of text with the same set of marks over all of it. */
export interface Run {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts [from, to) into runs at every mark boundary, so overlapping codings show as nested
 * highlights without ever writing marks into the text (segments stand off the text).
 */
export function splitRuns(from: number, to: number, marks: readonly Mark[]): Run[] {
  const inside = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    runs.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return runs;
}

/** Where a mark sits inside a block, as fractions of its length (for the margin stripes). */
export function stripeBox(block: { start: number; end: number }, mark: Mark): { top: number; height: number } {
  const length = Math.max(1, block.end - block.start);
  const start = Math.max(block.start, mark.start);
  const end = Math.min(block.end, mark.end);
  return { top: (start - block.start) / length, height: Math.max(0.02, (end - start) / length) };
}
