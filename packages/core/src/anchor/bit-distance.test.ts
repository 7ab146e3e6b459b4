import { describe, expect, it } from 'vitest';
import { bestWindowDistance, bitPattern, levenshtein } from './bit-distance.js';

/** The textbook table, cell by cell: what the bit-parallel version must equal. */
function table(a: string, b: string, anywhere: boolean): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (anywhere ? 0 : j));
  let best = anywhere ? a.length : Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    prev = cur;
  }
  if (!anywhere) return prev[b.length] ?? 0;
  for (const v of prev) best = Math.min(best, v);
  return best;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

// Few distinct characters make many equal pairs; lengths cross the 32-character blocks.
const ALPHABET = ['a', 'b', ' ', 'ø', 'é', '\ud83d', '\ude00'];

function text(next: () => number, max: number): string {
  const k = 1 + Math.floor(next() * ALPHABET.length);
  return Array.from({ length: Math.floor(next() * max) }, () => ALPHABET[Math.floor(next() * k)]).join('');
}

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('søknad', 'soknad')).toBe(1);
    expect(levenshtein('Kari sa at Kari kom', 'Ingrid sa at Ingrid kom')).toBe(table('Kari sa at Kari kom', 'Ingrid sa at Ingrid kom', false));
  });

  it('equals the full table on random pairs of up to 100 characters', () => {
    const next = random(11);
    for (let round = 0; round < 1_500; round++) {
      const a = text(next, 100);
      const b = text(next, 100);
      expect(levenshtein(a, b)).toBe(table(a, b, false));
    }
  });
});

describe('bestWindowDistance', () => {
  it('is 0 for an exact occurrence and counts edits otherwise', () => {
    const p = bitPattern('ville jobbe');
    const t = 'Hun ville jobbe mer, men ville jobe mindre.';
    expect(bestWindowDistance(p, t, 0, t.length)).toBe(0);
    expect(bestWindowDistance(p, t, 20, t.length)).toBe(1);
    expect(bestWindowDistance(p, t, 5, 5)).toBe(11);
  });

  it('equals the table in which the match may start and end anywhere', () => {
    const next = random(5);
    for (let round = 0; round < 1_500; round++) {
      const pattern = text(next, 80) || 'a';
      const t = text(next, 120);
      const from = Math.floor(next() * 10) - 3;
      const to = t.length - Math.floor(next() * 10) + 3;
      const window = t.slice(Math.max(0, from), Math.max(0, Math.min(t.length, to)));
      expect(bestWindowDistance(bitPattern(pattern), t, from, to)).toBe(table(pattern, window, true));
    }
  });
});
