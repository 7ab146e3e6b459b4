import { describe, expect, it } from 'vitest';
import { describeSegment, diffTexts, reanchorSegments, type AnchoredSegment } from '@polyphony/core';

/**
 * Golden case at scale: a name replaced at thousands of places across more changed lines
 * than the line diff aligns exactly (so the greedy alignment and the word diff inside each
 * line both run). Checks outcomes only: every segment holding the name is moved onto its
 * own text with the new name, every other segment stays where its text went.
 */

/** A small deterministic generator, so that the text is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const WORDS = ['jeg', 'vil', 'jobbe', 'mer', 'møtet', 'var', 'fint', 'økonomien', 'terapeuten', 'sa', 'at', 'det', 'og', 'NAV', 'timer'];

function transcript(lines: number, next: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const words: string[] = [];
    const n = 12 + Math.floor(next() * 20);
    // About one word in twelve is the name: a quote that is mostly names can fall below the
    // fuzzy thresholds and become an orphan for review, which is a different case.
    for (let w = 0; w < n; w++) words.push(next() < 0.08 ? 'Kari' : (WORDS[Math.floor(next() * WORDS.length)] ?? 'og'));
    out.push(`${i % 2 === 0 ? 'Intervjuer' : 'J4'}: ${words.join(' ')}.`);
  }
  return out.join('\n');
}

describe('a name replaced at thousands of places', () => {
  const next = random(2024);
  const oldText = transcript(1_500, next);
  const newText = oldText.replaceAll('Kari', 'Ingrid');
  const places = oldText.split('Kari').length - 1;

  // Segments from one space to a later one, so that each holds whole words.
  const spaces: number[] = [];
  for (let i = oldText.indexOf(' '); i !== -1; i = oldText.indexOf(' ', i + 1)) spaces.push(i);
  const segments: AnchoredSegment[] = [];
  for (let k = 0; k < 600; k++) {
    const from = Math.floor(next() * (spaces.length - 40));
    const start = (spaces[from] ?? 0) + 1;
    const end = spaces[from + 5 + Math.floor(next() * 30)] ?? start + 1;
    segments.push({ id: `s${k}`, ...describeSegment(oldText, start, end) });
  }

  it('has the scale it claims', () => {
    expect(places).toBeGreaterThan(2_000);
    expect(segments.filter((s) => s.exact.includes('Kari')).length).toBeGreaterThan(300);
  });

  it('finds one region per replaced name', () => {
    const regions = diffTexts(oldText, newText);
    expect(regions.length).toBe(places);
    const replaced = new Set(regions.map((r) => `${oldText.slice(r.oldStart, r.oldEnd)}→${newText.slice(r.newStart, r.newEnd)}`));
    expect([...replaced]).toEqual(['Kari→Ingrid']);
  });

  it('moves each segment with the name onto its renamed text and keeps the others', () => {
    const results = reanchorSegments(oldText, newText, segments);
    expect(results.map((r) => r.id)).toEqual(segments.map((s) => s.id));
    const wrong = results.filter((r, i) => {
      const before = segments[i];
      if (before === undefined) return true;
      // Where the text went: the old start shifted by the names before it.
      const start = before.start + (oldText.slice(0, before.start).split('Kari').length - 1) * 2;
      const exact = before.exact.replaceAll('Kari', 'Ingrid');
      const outcome = before.exact.includes('Kari') ? 'moved' : 'stayed';
      const described = describeSegment(newText, start, start + exact.length);
      return r.outcome !== outcome || r.start !== start || r.exact !== exact || r.prefix !== described.prefix ||
        r.suffix !== described.suffix || (outcome === 'moved' && !((r.score ?? 0) > 0.5));
    });
    expect(wrong).toEqual([]);
  });
});
