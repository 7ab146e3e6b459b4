import { describe, expect, it } from 'vitest';
import { inVivoName } from './in-vivo.js';
import { parseReviewRoute, reviewHash } from './review-route.js';

describe('in-vivo names', () => {
  it('keeps the words, drops quotes and end punctuation, and cuts long quotes at a word', () => {
    expect(inVivoName('  “I felt heard,”  ')).toBe('I felt heard');
    const long = inVivoName('we talked about the money if the job ends and what happens to my benefits after that');
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('we talked about the money')).toBe(true);
  });

  it('leaves out what a name may not hold: bidi marks, zero-width spaces, an emoji cut in half', () => {
    expect(inVivoName('\u200Fأنا\u200B تعبت\u200F')).toBe('أنا تعبت');
    const cut = inVivoName(`${'x'.repeat(59)}😀 and more words after the cut`);
    expect(cut).toBe(`${'x'.repeat(59)}…`);
  });
});

describe('review route', () => {
  it('round-trips theme and code through the hash', () => {
    const route = { screen: 'review', theme: 'th 1', code: 'c/2' } as const;
    expect(parseReviewRoute(reviewHash(route))).toEqual(route);
    expect(parseReviewRoute('#/review')).toEqual({ screen: 'review', theme: null, code: null });
    expect(parseReviewRoute('#/phase/4')).toBeNull();
  });
});
