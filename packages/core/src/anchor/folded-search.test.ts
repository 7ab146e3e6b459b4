import { describe, expect, it } from 'vitest';
import { foldedWindowSearch } from './folded-search.js';
import { findAllFolded, foldForMatching, foldQuote } from './tolerant-text.js';

describe('foldedWindowSearch', () => {
  const line = 'Hun sa \u201cja\u201d \u2014 og  gikk hjem. ';
  const text = line.repeat(200);

  function alone(quote: string, start: number, end: number): Array<{ start: number; end: number }> {
    return findAllFolded(foldForMatching(text.slice(start, end)), quote).map((r) => ({ start: r.start + start, end: r.end + start }));
  }

  it('finds the same before and after it switches to folding the whole text', () => {
    const search = foldedWindowSearch(text);
    const quote = foldQuote('sa "ja" - og gikk');
    // Far more windows than the share it folds alone, so both ways are used.
    for (let start = 0; start < text.length - 200; start += 37) {
      expect(search(quote, { start, end: start + 200 })).toEqual(alone(quote, start, start + 200));
    }
  });

  it('clips windows to the text and finds nothing for an empty quote', () => {
    const search = foldedWindowSearch(text);
    expect(search(foldQuote('Hun sa'), { start: -50, end: 10 })).toEqual(alone(foldQuote('Hun sa'), 0, 10));
    expect(search('', { start: 0, end: 100 })).toEqual([]);
    expect(search('Hun', { start: 20, end: 10 })).toEqual([]);
  });
});
