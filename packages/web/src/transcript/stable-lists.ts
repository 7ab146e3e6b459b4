import type { Mark } from './runs.js';

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Mark;
    const y = b[i] as Mark;
    if (x.codingId !== y.codingId || x.code !== y.code || x.start !== y.start || x.end !== y.end) return false;
  }
  return true;
}

/**
 * Keeps last render's per-turn mark lists where nothing changed, so that the memoised turns
 * see the same arrays and only the turns a new coding touches render again.
 */
export function stableLists(previous: readonly Mark[][], next: Mark[][]): Mark[][] {
  if (previous.length !== next.length) return next;
  return next.map((list, i) => {
    const old = previous[i];
    return old && sameMarks(old, list) ? old : list;
  });
}
