import { describe, expect, it } from 'vitest';
import { estimateHeight, Heights } from './heights.js';

describe('Heights', () => {
  it('keeps running offsets as measurements replace estimates', () => {
    const h = new Heights([10, 10, 10]);
    expect(h.total()).toBe(30);
    expect(h.set(1, 25)).toBe(true);
    expect(h.set(1, 25)).toBe(false);
    expect(h.top(2)).toBe(35);
    expect(h.total()).toBe(45);
    expect(h.isMeasured(1)).toBe(true);
    expect(h.isMeasured(0)).toBe(false);
  });

  it('finds the block under a pixel', () => {
    const h = new Heights([10, 20, 30]);
    expect(h.indexAt(-5)).toBe(0);
    expect(h.indexAt(9)).toBe(0);
    expect(h.indexAt(10)).toBe(1);
    expect(h.indexAt(35)).toBe(2);
    expect(h.indexAt(1000)).toBe(2);
  });

  it('estimates lines from length', () => {
    expect(estimateHeight(150, { charsPerLine: 75, lineHeight: 20, extra: 30 })).toBe(70);
    expect(estimateHeight(0, { charsPerLine: 75, lineHeight: 20, extra: 30 })).toBe(50);
  });
});
