import { describe, expect, it } from 'vitest';
import { detectLanguage, findMatchSpans, indexStems, makeSnippet, parseSearchQuery, stemText, stemWord, toFtsMatch, tokenise, words } from './index.js';

describe('tokenise', () => {
  it('keeps æ ø å inside words and gives UTF-16 offsets', () => {
    const text = 'Økonomi, ærlig talt 😀 på arbeid';
    const t = tokenise(text);
    expect(t.map((x) => x.term)).toEqual(['økonomi', 'ærlig', 'talt', 'på', 'arbeid']);
    const last = t[t.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe('arbeid');
  });
});

describe('tokenise agrees with the Unicode word pattern it replaced', () => {
  const pattern = /[\p{L}\p{N}\p{M}]+/gu;
  const alphabet = ['a', 'Z', '7', ' ', '.', 'ø', 'Å', 'e\u0301', '😀', '𠀀', '\ud800', '—', '\n', 'ß', 'İ', 'ǅ', '٣'];
  it('on random strings with marks, astral letters, emoji and lone surrogates', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, term: m[0].toLowerCase() }));
      expect(tokenise(text)).toEqual(expected);
      expect(words(text)).toEqual(text.toLowerCase().match(pattern) ?? []);
    }
  });
});

describe('detectLanguage', () => {
  it('tells bokmål from English', () => {
    expect(detectLanguage('Jeg har ikke sagt det til henne, og det er vanskelig')).toBe('nb');
    expect(detectLanguage('I have not told her and it is hard')).toBe('en');
  });
});

describe('stemText', () => {
  it('stems each word in the given language', () => {
    expect(stemText('Working, worked!', 'en')).toBe('work work');
    expect(stemText('arbeidet arbeider', 'nb').split(' ')[0]).toBe(stemText('arbeider', 'nb'));
  });
});

describe('indexStems', () => {
  it('keeps each stem once, and only stems that differ from their word', () => {
    expect(indexStems('Working, worked! Work works job', 'en')).toBe('work');
    expect(indexStems('job work', 'en')).toBe('');
  });
  it('gives what stemming each word of words() gives, on random text with astral letters and marks', () => {
    // The indexing loop hashes words itself instead of calling words(); this holds it to the same words.
    const reference = (text: string, language: 'en' | 'nb'): string => {
      const out: string[] = [];
      for (const w of words(text)) {
        const s = stemWord(w, language);
        if (s !== w && !out.includes(s)) out.push(s);
      }
      return out.join(' ');
    };
    const alphabet = ['working ', 'arbeidet ', 'jobbene', 'ø', 'Å', 'e\u0301', '😀', '𠀀', '\ud800', ' ', ',', 'İ', 'ss', 'ed', 'ing', 'er', '7'];
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(random() * 25) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const language of ['en', 'nb'] as const) expect(indexStems(text, language)).toBe(reference(text, language));
    }
  });
  it('is matched together with the words as written', () => {
    const m = toFtsMatch(parseSearchQuery('working'), { text: 'text', stem: 'stem' });
    expect(stemWord('work', 'en')).toBe('work');
    // bokmål leaves "working" as it is, so both stems are also words as written.
    expect(m).toBe('((text : ("work" OR "working") OR stem : ("work" OR "working")))');
  });
});

describe('parseSearchQuery', () => {
  it('parses terms, phrases, prefixes and OR', () => {
    const q = parseSearchQuery('working "har ikke" arb* OR Økonomi');
    expect(q.any).toHaveLength(2);
    expect(q.any[0]!.map((i) => i.kind)).toEqual(['term', 'phrase', 'prefix']);
    expect(q.any[1]![0]).toMatchObject({ kind: 'term', term: 'økonomi' });
    const m = toFtsMatch(q, { text: 'text', stem: 'stem' });
    expect(m).toContain('stem : ("work"');
    expect(m).toContain('text : "har ikke"');
    expect(m).toContain('text : "arb" *');
  });
  it.each([[''], ['   '], ['"unclosed'], ['OR x'], ['x OR'], ['*'], ['a*b'], ['"" x'], ['?!']])('rejects %j with bad_input', (q) => {
    expect(() => parseSearchQuery(q)).toThrowError(expect.objectContaining({ code: 'bad_input' }));
  });
});

describe('findMatchSpans', () => {
  const text = 'J1: I worked hard. Work is økonomi, not okonomi.';
  it('matches stems, prefixes and phrases as the index does', () => {
    const spans = findMatchSpans(text, 4, text.length, parseSearchQuery('work'), 'en');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['worked', 'Work']);
    const ø = findMatchSpans(text, 0, text.length, parseSearchQuery('økonomi'), 'en');
    expect(ø.map((s) => text.slice(s.start, s.end))).toEqual(['økonomi']);
    const ph = findMatchSpans(text, 0, text.length, parseSearchQuery('"worked hard"'), 'en');
    expect(ph.map((s) => text.slice(s.start, s.end))).toEqual(['worked hard']);
  });
  it('ignores text outside the turn', () => {
    expect(findMatchSpans(text, 0, 3, parseSearchQuery('work'), 'en')).toEqual([]);
  });
  it('marks the match in a snippet', () => {
    const s = makeSnippet(text, 0, text.length, { start: 27, end: 34 }, 10);
    expect(s).toContain('**økonomi**');
    expect(s.startsWith('…')).toBe(true);
  });
});
