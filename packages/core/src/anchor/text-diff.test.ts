import { describe, expect, it } from 'vitest';
import type { EditRegion } from './anchor-types.js';
import { mapNewToOld, mapOldToNew } from './edit-map.js';
import { diffTexts } from './text-diff.js';

/** Rebuilds the new text from the old one and the regions: proves the regions are complete. */
function apply(oldText: string, newText: string, regions: EditRegion[]): string {
  let out = '';
  let at = 0;
  for (const r of regions) {
    out += oldText.slice(at, r.oldStart) + newText.slice(r.newStart, r.newEnd);
    at = r.oldEnd;
  }
  return out + oldText.slice(at);
}

/** A small deterministic generator, so that the random edits are the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const turns = [
  'J3: Jeg hadde gruet meg lenge til møtet.',
  'T1: Vi har snakket om hva du ønsker å si.',
  'S2: Hos NAV trenger vi å vite om arbeidsevnen.',
  'J3: Kari sa at jeg kunne prøve fire timer om dagen.',
];

describe('diffTexts', () => {
  it('returns nothing for equal texts and one region for one edit', () => {
    const t = turns.join('\n');
    expect(diffTexts(t, t)).toEqual([]);
    const changed = t.replace('lenge', 'veldig lenge');
    const at = t.indexOf('lenge');
    expect(diffTexts(t, changed)).toEqual([{ oldStart: at, oldEnd: at, newStart: at, newEnd: at + 7 }]);
  });

  it('gives one small region per replacement when a name is replaced everywhere', () => {
    const t = Array.from({ length: 30 }, (_, i) => `${turns[i % 4]} Kari nevnte det.`).join('\n');
    const changed = t.replaceAll('Kari', 'Ola');
    const regions = diffTexts(t, changed);
    expect(regions.length).toBe(t.split('Kari').length - 1);
    for (const r of regions) {
      expect(t.slice(r.oldStart, r.oldEnd)).toBe('Kari');
      expect(changed.slice(r.newStart, r.newEnd)).toBe('Ola');
    }
  });

  it('describes random edits completely, with sorted regions that do not touch', () => {
    const next = random(7);
    const words = ['møte', 'jobb', ' ', '\n', 'æøå', '😀', 'NAV', '.', 'ikke'];
    for (let round = 0; round < 40; round++) {
      let a = Array.from({ length: 200 }, () => words[Math.floor(next() * words.length)]).join('');
      let b = a;
      for (let k = 0; k < 1 + Math.floor(next() * 5); k++) {
        const at = Math.floor(next() * b.length);
        const cut = Math.floor(next() * 10);
        b = b.slice(0, at) + (next() < 0.5 ? words[Math.floor(next() * words.length)] : '') + b.slice(at + cut);
      }
      if (round % 2 === 1) [a, b] = [b, a];
      const regions = diffTexts(a, b);
      expect(apply(a, b, regions)).toBe(b);
      regions.forEach((r, i) => {
        const prev = regions[i - 1];
        if (prev) {
          expect(r.oldStart).toBeGreaterThan(prev.oldEnd);
          expect(r.newStart).toBeGreaterThan(prev.newEnd);
        }
      });
    }
  });
});

describe('mapOldToNew and mapNewToOld', () => {
  const old = 'Jeg vil jobbe.';
  const regions = diffTexts(old, 'Ja, jeg vil jobbe mye.'); // 'J' → 'Ja, j'; insert ' mye'

  it('moves a start past text inserted at it, but keeps an end before it', () => {
    const ins: EditRegion[] = [{ oldStart: 4, oldEnd: 4, newStart: 4, newEnd: 8 }];
    expect(mapOldToNew(ins, 4, 'start')).toBe(8);
    expect(mapOldToNew(ins, 4, 'end')).toBe(4);
    expect(mapOldToNew(ins, 3, 'start')).toBe(3);
    expect(mapOldToNew(ins, 9, 'end')).toBe(13);
  });

  it('maps offsets inside a replaced stretch to its edges', () => {
    const rep: EditRegion[] = [{ oldStart: 2, oldEnd: 6, newStart: 2, newEnd: 3 }];
    expect(mapOldToNew(rep, 4, 'start')).toBe(2);
    expect(mapOldToNew(rep, 4, 'end')).toBe(3);
    expect(mapNewToOld(rep, 3, 'start')).toBe(6);
  });

  it('maps through several edits', () => {
    const end = mapOldToNew(regions, old.indexOf('.'), 'end');
    expect('Ja, jeg vil jobbe mye.'.slice(mapOldToNew(regions, 4, 'start'), end)).toBe('vil jobbe');
  });
});
