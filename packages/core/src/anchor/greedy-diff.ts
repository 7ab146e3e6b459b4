import type { SequenceChange } from './sequence-diff.js';

/**
 * A fast, approximate difference for when Myers' would need too many edits (a name replaced
 * on thousands of lines). Walks both sequences; on a mismatch it looks up to `window`
 * elements ahead for the nearest place where they agree again, and otherwise pairs the two
 * current elements as one replacement. Each paired replacement is its own change, so that a
 * later, finer diff works line by line. O((N + M) · window²) at worst.
 */
export function greedyDiff(a: ArrayLike<number>, b: ArrayLike<number>, window: number): SequenceChange[] {
  const changes: SequenceChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    let skipA = -1;
    let skipB = -1;
    search: for (let k = 1; k <= window; k++) {
      for (let x = 0; x <= k; x++) {
        const y = k - x;
        if (i + x < a.length && j + y < b.length && a[i + x] === b[j + y]) {
          skipA = x;
          skipB = y;
          break search;
        }
      }
    }
    if (skipA < 0) {
      // No agreement ahead: replace one element by one (or take what is left of either).
      skipA = i < a.length ? 1 : 0;
      skipB = j < b.length ? 1 : 0;
      if (i + skipA >= a.length || j + skipB >= b.length) {
        skipA = a.length - i;
        skipB = b.length - j;
      }
    }
    changes.push({ aStart: i, aEnd: i + skipA, bStart: j, bEnd: j + skipB });
    i += skipA;
    j += skipB;
  }
  return changes;
}
