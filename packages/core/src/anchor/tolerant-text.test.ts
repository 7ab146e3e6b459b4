import { describe, expect, it } from 'vitest';
import { findAllFolded, findAllFoldedWithin, foldForMatching, foldQuote, lacksFoldedMatch } from './tolerant-text.js';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

// Characters that folding changes, drops or keeps, for random texts.
const PIECES = ['a', 'b', 'ø', ' ', '  ', '\n', '\t', '\u00a0', '\u2019', "'", '\u201c', '"', '\u2014', '-', '\u2026', '.', '\u00ad', '\u200b', '\ufeff', '😀'];

function text(next: () => number, n: number): string {
  return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

describe('foldForMatching', () => {
  it('folds whitespace runs, typography and invisible characters, mapping back', () => {
    const f = foldForMatching('Hun sa \u201cja\u201d\u2026  nei\u00ad\n\u2014 ok');
    expect(f.folded).toBe('Hun sa "ja"... nei - ok');
    const at = f.folded.indexOf('...');
    expect([f.starts[at], f.ends[at + 2]]).toEqual([11, 12]);
    const space = f.folded.indexOf(' nei');
    expect([f.starts[space], f.ends[space]]).toEqual([12, 14]);
  });
});

describe('foldQuote', () => {
  it('equals folding and trimming, also when nothing needs folding', () => {
    const next = random(3);
    for (let round = 0; round < 2_000; round++) {
      const q = round % 3 === 0 ? 'Jeg vil jobbe.' : text(next, 12);
      expect(foldQuote(q)).toBe(foldForMatching(q).folded.trim());
    }
  });
});

describe('findAllFoldedWithin', () => {
  it('finds what folding the window alone finds', () => {
    const next = random(9);
    for (let round = 0; round < 300; round++) {
      const t = text(next, 200);
      const whole = foldForMatching(t);
      for (let k = 0; k < 10; k++) {
        const from = Math.floor(next() * t.length);
        const quote = foldQuote(t.slice(from, from + 1 + Math.floor(next() * 6)));
        const start = Math.floor(next() * t.length) - 5;
        const end = start + Math.floor(next() * 120);
        const lo = Math.max(0, start);
        const alone = findAllFolded(foldForMatching(t.slice(lo, Math.max(lo, Math.min(t.length, end)))), quote)
          .map((r) => ({ start: r.start + lo, end: r.end + lo }));
        expect(findAllFoldedWithin(whole, quote, { start: lo, end: Math.min(t.length, end) })).toEqual(alone);
      }
    }
  });
});

describe('lacksFoldedMatch', () => {
  it('rules out a quote whose letters do not occur, and only then', () => {
    const t = 'Hun sa \u201cja\u201d og gikk.';
    expect(lacksFoldedMatch(t, foldQuote('sa "nei"'))).toBe(true);
    expect(lacksFoldedMatch(t, foldQuote('sa "ja"'))).toBe(false);
    // An invisible character could sit inside a word: then only folding can tell.
    expect(lacksFoldedMatch('gik\u00adk', 'gikk')).toBe(false);
  });

  it('never rules out a quote that folding finds', () => {
    const next = random(21);
    for (let round = 0; round < 2_000; round++) {
      const t = text(next, 60);
      const from = Math.floor(next() * t.length);
      const quote = round % 2 === 0 ? foldQuote(t.slice(from, from + 8)) : foldQuote(text(next, 5));
      if (findAllFolded(foldForMatching(t), quote).length > 0) expect(lacksFoldedMatch(t, quote)).toBe(false);
    }
  });
});
