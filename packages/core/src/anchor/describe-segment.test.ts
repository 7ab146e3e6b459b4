import { describe, expect, it } from 'vitest';
import { isPolyphonyError } from '../errors.js';
import { CONTEXT_LENGTH, describeSegment } from './describe-segment.js';

const text = 'Intervjuer: Hvordan var møtet?\nJ1: Jeg følte meg hørt, men økonomien ble ikke tatt opp i det hele tatt.';

function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('describeSegment', () => {
  it('returns position, quote and up to 32 characters of context', () => {
    const start = text.indexOf('økonomien');
    const a = describeSegment(text, start, start + 'økonomien ble ikke tatt opp'.length);
    expect(a.exact).toBe('økonomien ble ikke tatt opp');
    expect(a.prefix).toBe(text.slice(start - CONTEXT_LENGTH, start));
    expect(a.prefix).toHaveLength(32);
    expect(a.suffix).toBe(' i det hele tatt.');
    expect(a.start).toBe(start);
  });

  it('gives short context at the edges of the text', () => {
    const a = describeSegment(text, 0, 10);
    expect(a.prefix).toBe('');
    expect(a.exact).toBe('Intervjuer');
    const b = describeSegment(text, text.length - 5, text.length);
    expect(b.suffix).toBe('');
  });

  it('never cuts an emoji in half in the context', () => {
    // 31 ASCII characters and an emoji (2 code units) right before the segment.
    const t = `😀${'a'.repeat(31)}XYZ${'b'.repeat(31)}😀`;
    const a = describeSegment(t, 33, 36);
    expect(a.exact).toBe('XYZ');
    expect(a.prefix).toBe('a'.repeat(31));
    expect(a.suffix).toBe('b'.repeat(31));
  });

  it.each([
    ['negative start', -1, 4],
    ['empty range', 5, 5],
    ['reversed range', 6, 5],
    ['end beyond the text', 0, text.length + 1],
    ['fractional offset', 1.5, 4],
  ])('throws offsets_out_of_range for %s', (_name, start, end) => {
    const e = errorOf(() => describeSegment(text, start, end));
    expect(isPolyphonyError(e) && e.code).toBe('offsets_out_of_range');
    expect(isPolyphonyError(e) && e.details).toEqual({ start, end, length: text.length });
  });

  it('refuses offsets inside an emoji', () => {
    const t = 'ja 😀 nei';
    const e = errorOf(() => describeSegment(t, 4, 8));
    expect(isPolyphonyError(e) && e.code).toBe('offsets_out_of_range');
    expect(describeSegment(t, 3, 5).exact).toBe('😀');
  });
});
