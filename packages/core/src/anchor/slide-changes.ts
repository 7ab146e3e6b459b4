import type { SequenceChange } from './sequence-diff.js';

/** Tokens of one side of a diff: their ids (for equality) and text (for boundary quality). */
export interface TokenSide {
  ids: ArrayLike<number>;
  /** Token `i`'s text, undefined outside the tokens; asked for only near a change. */
  part: (i: number) => string | undefined;
}

/**
 * How natural a cut is just after token `i`: after a line break 3, after the space that ends
 * a sentence 2, after other space 1, inside running text 0.
 */
function boundaryQuality(part: TokenSide['part'], i: number): number {
  const t = part(i);
  if (t === undefined) return 3; // the very start or end of the hunk
  if (!/^\s+$/.test(t)) return 0;
  if (t.includes('\n')) return 3;
  return /[.!?…:]$/.test(part(i - 1) ?? '') ? 2 : 1;
}

/**
 * Moves each pure insertion or deletion to the most natural of its equivalent places.
 * Inserting "Jeg vet ikke. " before "Jeg følte" can be reported equally well as inserting
 * "vet ikke. Jeg " after the old "Jeg"; the latter would make a segment starting at "Jeg"
 * look edited. Among the places the change can slide to (equal tokens on both ends), the one
 * whose two cuts fall after a sentence or a line wins; ties keep the leftmost.
 */
export function slideChanges(changes: SequenceChange[], a: TokenSide, b: TokenSide): SequenceChange[] {
  return changes.map((c, k) => {
    const inserted = c.aStart === c.aEnd;
    if (inserted === (c.bStart === c.bEnd)) return c; // a replacement cannot slide
    const side = inserted ? b : a;
    const start = inserted ? c.bStart : c.aStart;
    const length = inserted ? c.bEnd - c.bStart : c.aEnd - c.aStart;
    const prev = changes[k - 1];
    const next = changes[k + 1];
    // Keep at least one equal token between this change and its neighbours on both sides.
    const minShift = -Math.min(
      c.aStart - (prev ? prev.aEnd + 1 : 0),
      c.bStart - (prev ? prev.bEnd + 1 : 0),
    );
    const maxShift = Math.min(
      (next ? next.aStart - 1 : a.ids.length) - c.aEnd,
      (next ? next.bStart - 1 : b.ids.length) - c.bEnd,
    );
    let lo = 0;
    while (lo > minShift && side.ids[start + lo - 1] === side.ids[start + lo + length - 1]) lo--;
    let hi = 0;
    while (hi < maxShift && side.ids[start + hi] === side.ids[start + hi + length]) hi++;
    let best = 0;
    let bestQuality = -1;
    for (let s = lo; s <= hi; s++) {
      const q = boundaryQuality(side.part, start + s - 1) + boundaryQuality(side.part, start + s + length - 1);
      if (q > bestQuality) {
        best = s;
        bestQuality = q;
      }
    }
    return { aStart: c.aStart + best, aEnd: c.aEnd + best, bStart: c.bStart + best, bEnd: c.bEnd + best };
  });
}
