/**
 * A changed run between two sequences: `a[aStart, aEnd)` was replaced by `b[bStart, bEnd)`.
 * Runs are sorted and separated by at least one equal element.
 */
export interface SequenceChange {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Myers' O((N+M)·D) difference of two integer sequences (elements compared with `===`).
 * Returns the changed runs, or null when more than `maxEdits` insertions plus deletions would
 * be needed — the caller then treats the whole span as one change, which keeps a wholesale
 * rewrite from costing quadratic time and memory.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): SequenceChange[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // v before each round d, kept to walk the path back.
  const trace: Int32Array[] = [];
  let rounds = -1;
  search: for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        rounds = d;
        break search;
      }
    }
  }
  if (rounds < 0) return null;

  // Walk back from (n, m), collecting the equal diagonals (snakes) in reverse.
  const snakes: Array<{ x: number; y: number; length: number }> = [];
  let x = n;
  let y = m;
  for (let d = rounds; d > 0; d--) {
    const saved = trace[d] ?? new Int32Array(0);
    // saved[i] holds v[k] for k = i - d - 1.
    const at = (k: number): number => saved[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = startX - k;
    if (x > startX) snakes.push({ x: startX, y: startY, length: x - startX });
    x = prevX;
    y = prevY;
  }
  if (x > 0) snakes.push({ x: 0, y: 0, length: x });
  snakes.reverse();

  const changes: SequenceChange[] = [];
  let ax = 0;
  let by = 0;
  for (const s of snakes) {
    if (s.x > ax || s.y > by) changes.push({ aStart: ax, aEnd: s.x, bStart: by, bEnd: s.y });
    ax = s.x + s.length;
    by = s.y + s.length;
  }
  if (ax < n || by < m) changes.push({ aStart: ax, aEnd: n, bStart: by, bEnd: m });
  return changes;
}
