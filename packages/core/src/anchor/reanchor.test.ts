import { describe, expect, it } from 'vitest';
import type { AnchoredSegment } from './anchor-types.js';
import { describeSegment } from './describe-segment.js';
import { reanchorSegments } from './reanchor.js';

const text = [
  'J1: Jeg ble spurt om hva jeg ville. Det var første gang.',
  'T1: Jeg forklarte bare det hun hadde sagt ja til.',
  'S1: Vi trenger å vite om arbeidsevnen. Kari følger opp.',
].join('\n');

function segment(id: string, quote: string, source = text): AnchoredSegment {
  const at = source.indexOf(quote);
  if (at < 0) throw new Error(`test setup: "${quote}" not in text`);
  return { id, ...describeSegment(source, at, at + quote.length) };
}

const segments = [
  segment('asked', 'Jeg ble spurt om hva jeg ville.'),
  segment('first', 'første gang'),
  segment('consent', 'det hun hadde sagt ja til'),
  segment('capacity', 'arbeidsevnen'),
];

describe('reanchorSegments', () => {
  it('keeps every segment in place, in order, when the text is unchanged', () => {
    const results = reanchorSegments(text, text, segments);
    expect(results.map((r) => [r.id, r.outcome])).toEqual(segments.map((s) => [s.id, 'stayed']));
    expect(results[0]).toEqual({ ...segments[0], outcome: 'stayed' });
  });

  it('shifts positions and recomputes context after an insertion before', () => {
    const changed = `Intervjuer: Velkommen.\n${text}`;
    const [asked] = reanchorSegments(text, changed, segments);
    expect(asked).toEqual({ id: 'asked', outcome: 'stayed', ...describeSegment(changed, 27, 27 + 31) });
    expect(asked?.prefix).toBe('Intervjuer: Velkommen.\nJ1: ');
  });

  it('gives moved results the corrected text and a score', () => {
    const changed = text.replace('arbeidsevnen', 'arbeidsevna');
    const capacity = reanchorSegments(text, changed, segments)[3];
    expect(capacity).toMatchObject({ outcome: 'moved', exact: 'arbeidsevna' });
    expect(capacity?.score).toBeGreaterThan(0.6);
    expect(capacity?.score).toBeLessThanOrEqual(1);
  });

  it('orphans a segment whose text was deleted, keeping its old values', () => {
    const changed = text.replace(' Det var første gang.', '');
    const first = reanchorSegments(text, changed, segments)[1];
    expect(first).toEqual({ ...segments[1], outcome: 'orphan' });
  });

  it('never orphans anything for whitespace-only changes', () => {
    const variants = [
      text.replaceAll(' ', '  '),
      text.replaceAll('\n', '\n\n'),
      text.replaceAll('. ', '.\n'),
      text.replace(/ (?=hva|hadde|om)/g, '\n'),
    ];
    for (const changed of variants) {
      for (const r of reanchorSegments(text, changed, segments)) {
        expect(r.outcome).not.toBe('orphan');
        expect(r.exact.replace(/\s+/g, ' ')).toBe(segments.find((s) => s.id === r.id)?.exact);
        expect(changed.slice(r.start, r.end)).toBe(r.exact);
      }
    }
  });

  it('finds a segment whose stored offsets are stale by its quote and context', () => {
    const stale: AnchoredSegment = { ...segment('consent', 'det hun hadde sagt ja til'), start: 0, end: 25 };
    const changed = `Ny linje.\n${text}`;
    const [r] = reanchorSegments(text, changed, [stale]);
    expect(r).toMatchObject({ outcome: 'moved', exact: 'det hun hadde sagt ja til' });
    expect(changed.slice(r?.start, r?.end)).toBe('det hun hadde sagt ja til');
  });

  it('does not move a short quote onto the same letters inside another word', () => {
    const t = 'S1: Hun sa ja. Marja nikket.';
    const ja = segment('ja', 'ja', t);
    const [r] = reanchorSegments(t, t.replace('sa ja.', 'sa nei.'), [ja]);
    expect(r?.outcome).toBe('orphan');
  });

  it('keeps segments that touch each other apart', () => {
    const t = 'Jeg vil jobbe.Jeg vil ha støtte.';
    const a = segment('a', 'Jeg vil jobbe.', t);
    const b = segment('b', 'Jeg vil ha støtte.', t);
    const changed = t.replace('jobbe.', 'jobbe mer.');
    const [ra, rb] = reanchorSegments(t, changed, [a, b]);
    expect(ra).toMatchObject({ outcome: 'moved', exact: 'Jeg vil jobbe mer.' });
    expect(rb).toMatchObject({ outcome: 'stayed', exact: 'Jeg vil ha støtte.' });
  });

  it('handles emoji inside and next to segments', () => {
    const t = 'J2: Det gikk bra 👍 takk. Jeg er glad 😊';
    const glad = segment('glad', 'Jeg er glad 😊', t);
    const good = segment('good', 'Det gikk bra 👍', t);
    const changed = t.replace('👍', '👍👍').replace('glad 😊', 'glad 😊🎉');
    const [rg, rb] = reanchorSegments(t, changed, [glad, good]);
    expect(rg).toMatchObject({ outcome: 'stayed', exact: 'Jeg er glad 😊' });
    expect(rb?.outcome).toBe('moved');
    expect(rb?.exact.startsWith('Det gikk bra 👍')).toBe(true);
  });

  it('re-anchors when a name is replaced on more lines than the line diff handles', () => {
    const lines = Array.from({ length: 700 }, (_, i) => `J${i % 9}: Linje ${i}: Kari sa noe om jobb nummer ${i}.`);
    const t = lines.join('\n');
    const picks = [3, 350, 699].map((i) => segment(`s${i}`, `Kari sa noe om jobb nummer ${i}.`, t));
    const plain = [10, 400].map((i) => segment(`p${i}`, `Linje ${i}:`, t));
    const changed = t.replaceAll('Kari', 'K.');
    const results = reanchorSegments(t, changed, [...picks, ...plain]);
    expect(results.map((r) => r.outcome)).toEqual(['moved', 'moved', 'moved', 'stayed', 'stayed']);
    expect(results[1]?.exact).toBe('K. sa noe om jobb nummer 350.');
  });
});
