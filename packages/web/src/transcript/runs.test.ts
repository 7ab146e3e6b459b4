import { describe, expect, it } from 'vitest';
import { splitRuns } from './runs.js';

describe('splitRuns', () => {
  it('cuts overlapping codings into runs that carry every covering code', () => {
    const runs = splitRuns(0, 20, [
      { codingId: 'a', code: 'A', start: 2, end: 10 },
      { codingId: 'b', code: 'B', start: 6, end: 14 },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.code).join('')])).toEqual([
      [0, 2, ''], [2, 6, 'A'], [6, 10, 'AB'], [10, 14, 'B'], [14, 20, ''],
    ]);
  });

  it('clips codings that reach beyond the block', () => {
    const runs = splitRuns(5, 10, [{ codingId: 'a', code: 'A', start: 0, end: 7 }]);
    expect(runs.map((r) => [r.start, r.end, r.marks.length])).toEqual([[5, 7, 1], [7, 10, 0]]);
  });
});
