import { describe, expect, it } from 'vitest';
import { isPolyphonyError, type PolyphonyError } from '../errors.js';
import { locateQuote } from './locate-quote.js';

const text = [
  'Intervjuer: Hva skjedde i møtet?',
  'J2: Jeg fikk si det jeg ville. Terapeuten spurte om jeg var "klar for mer" - og det var jeg.',
  'S1: Jeg trenger å vite om arbeidsevnen. Jeg vet ikke.',
  'J2: Jeg vet ikke. Kanskje 50 prosent?',
].join('\n');

function failure(f: () => unknown): PolyphonyError {
  try {
    f();
  } catch (e) {
    if (isPolyphonyError(e)) return e;
    throw e;
  }
  throw new Error('expected a PolyphonyError');
}

describe('locateQuote', () => {
  it('finds a unique exact quote', () => {
    const r = locateQuote(text, 'Terapeuten spurte');
    expect(text.slice(r.start, r.end)).toBe('Terapeuten spurte');
  });

  it('normalises the quote: trims what a copy-paste adds, composes æøå', () => {
    const decomposed = 'mo\u0308tet'.replace('o\u0308', 'ø'.normalize('NFD'));
    const r = locateQuote(text, `  i ${decomposed}?\r\n`);
    expect(text.slice(r.start, r.end)).toBe('i møtet?');
  });

  it('matches a quote pasted from Word: typographic quotes and dashes, other line breaks', () => {
    const r = locateQuote(text, 'om jeg var “klar for mer” – og\n det');
    expect(text.slice(r.start, r.end)).toBe('om jeg var "klar for mer" - og det');
  });

  it('prefers an exact match to a tolerant one', () => {
    const t = 'a "b" c. a “b” c.';
    const r = locateQuote(t, 'a “b” c');
    expect(r.start).toBe(9);
  });

  it('reports every place of an ambiguous quote, in details and message', () => {
    const e = failure(() => locateQuote(text, 'Jeg vet ikke.'));
    expect(e.code).toBe('quote_ambiguous');
    const matches = e.details['matches'];
    const first = text.indexOf('Jeg vet ikke.');
    const second = text.indexOf('Jeg vet ikke.', first + 1);
    expect(matches).toEqual([
      { start: first, end: first + 13, context: expect.stringContaining('arbeidsevnen. Jeg vet ikke.') },
      { start: second, end: second + 13, context: expect.stringContaining('Jeg vet ikke. Kanskje') },
    ]);
    expect(e.message).toContain(`${first}–${first + 13}`);
    expect(e.message).toContain(`${second}–${second + 13}`);
  });

  it('restricts matches to the given ranges (one participant’s turns)', () => {
    const j2 = text.lastIndexOf('J2:');
    const r = locateQuote(text, 'Jeg vet ikke.', { ranges: [[j2, text.length]] });
    expect(r.start).toBe(text.lastIndexOf('Jeg vet ikke.'));
    const e = failure(() => locateQuote(text, 'arbeidsevnen', { ranges: [[j2, text.length]] }));
    expect(e.code).toBe('quote_not_found');
  });

  it('names the closest text when a quote is not found', () => {
    const e = failure(() => locateQuote(text, 'Jeg trenger å vite om arbeidsevna'));
    expect(e.code).toBe('quote_not_found');
    const closest = e.details['closest'];
    const start = text.indexOf('Jeg trenger');
    expect(closest).toMatchObject({ start, text: expect.stringMatching(/^Jeg trenger å vite om arbeidsevne/) });
    expect(closest).toHaveProperty('similarity', expect.closeTo(0.92, 1));
    expect(e.message).toContain('Jeg trenger å vite om arbeidsevne');
  });

  it('finds the closest text in a long transcript by its rare words', () => {
    const filler = 'Vi snakket litt om været og om hvordan uka hadde vært. ';
    const long = filler.repeat(4_000) + 'Saksbehandleren lovet å undersøke dagpengene før sommeren. ' + filler.repeat(4_000);
    expect(long.length * 60).toBeGreaterThan(4_000_000); // beyond the whole-scan budget
    const e = failure(() => locateQuote(long, 'Saksbehandleren lovet å undersøke dagpenger før sommeren'));
    expect(e.details['closest']).toMatchObject({
      start: long.indexOf('Saksbehandleren'),
      text: expect.stringContaining('dagpengene før sommeren'),
    });
  });

  it('gives closest: null when nothing resembles the quote', () => {
    const e = failure(() => locateQuote('abc', 'xyz'));
    expect(e.code).toBe('quote_not_found');
    expect(e.details['closest']).toBeNull();
  });

  it('rejects an empty quote', () => {
    expect(failure(() => locateQuote(text, '  \n')).code).toBe('bad_input');
  });
});
