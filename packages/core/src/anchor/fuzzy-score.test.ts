import { describe, expect, it } from 'vitest';
import { approximateMatch, contextSimilarity, editDistance, similarity } from './fuzzy-score.js';

describe('editDistance and similarity', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('søknad', 'soknad')).toBe(1);
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('abcd', 'wxyz')).toBe(0);
    expect(similarity('arbeidsplasen', 'arbeidsplassen')).toBeCloseTo(13 / 14);
  });

  it('compares contexts at the side next to the segment', () => {
    expect(contextSimilarity('long text before the quote ', 'the quote ', 'prefix')).toBe(1);
    expect(contextSimilarity(' after it, more', ' after', 'suffix')).toBe(1);
    expect(contextSimilarity('', '', 'prefix')).toBe(1);
    expect(contextSimilarity('', 'x', 'prefix')).toBe(0);
  });
});

describe('approximateMatch', () => {
  const text = 'Vi snakket om arbeidstid. Hun ville jobbe mer, men var redd for å miste støtten.';

  it('finds an exact occurrence with distance 0', () => {
    const m = approximateMatch(text, 'ville jobbe', 0, text.length);
    expect(m && text.slice(m.start, m.end)).toBe('ville jobbe');
    expect(m?.distance).toBe(0);
  });

  it('finds the best window for a quote with a typo', () => {
    const m = approximateMatch(text, 'redd for å mste støtten', 0, text.length);
    expect(m && text.slice(m.start, m.end)).toBe('redd for å miste støtten');
    expect(m?.distance).toBe(1);
  });

  it('stays inside the given range', () => {
    const from = text.indexOf('Hun');
    const m = approximateMatch(text, 'arbeidstid', from, text.length);
    expect(m?.start).toBeGreaterThanOrEqual(from);
    expect(m?.distance).toBeGreaterThan(3);
  });

  it('returns null for an empty pattern or range', () => {
    expect(approximateMatch(text, '', 0, 10)).toBeNull();
    expect(approximateMatch(text, 'x', 5, 5)).toBeNull();
  });
});
