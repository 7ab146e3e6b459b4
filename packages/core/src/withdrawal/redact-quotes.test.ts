import { describe, expect, it } from 'vitest';
import { findQuotes, indexSpokenWords, quoteWords, redactQuotes } from './index.js';

// What J4 said, in two turns: English, then bokmål.
const J4 = indexSpokenWords([
  'Well, my sister Zanzibarqueen lives in Quokkafjord, and I don’t know what to do about the debt. I don\'t know. Quokkafjord saved me.',
  'Jeg er bekymret for økonomien hvis jobben ikke går. Ingen spurte om arbeidstiden. Ja.',
]);
const redact = (text: string) => redactQuotes(J4, text);

describe('quoteWords', () => {
  it('joins words across any apostrophe and keeps offsets into the original text', () => {
    const text = 'I DON’T — “know”';
    const w = quoteWords(text);
    expect(w.map((x) => x.key)).toEqual(['i', 'dont', 'know']);
    expect(text.slice(w[1]!.start, w[1]!.end)).toBe('DON’T');
    expect(w.map((x) => x.boundaryBefore)).toEqual([true, false, true]);
  });

  it('compares decomposed and composed letters as one', () => {
    expect(quoteWords('økonomien'.normalize('NFD'))[0]?.key).toBe('økonomien');
  });
});

describe('redactQuotes', () => {
  it('redacts a whole sentence quoted in a memo and keeps the rest', () => {
    const r = redact('J4 was clear: “My sister Zanzibarqueen lives in Quokkafjord.” This fits the family code.');
    expect(r).toEqual({ text: 'J4 was clear: “[withdrawn].” This fits the family code.', passages: 1 });
  });

  it('redacts a partial sentence of five words or more, whatever the case, quotes and apostrophes', () => {
    const r = redact("She said 'my SISTER zanzibarqueen lives in' and then 'I don't know what to do about the debt'.");
    expect(r.text).toBe("She said '[withdrawn]' and then '[withdrawn]'.");
    expect(r.passages).toBe(2);
  });

  it('finds a quote broken over lines, and Norwegian words', () => {
    const r = redact('Notat: hun sa at hun er\nbekymret for økonomien hvis\njobben ikke går, og at ingen spurte.');
    expect(r.text).toBe('Notat: hun sa at hun [withdrawn], og at ingen spurte.');
  });

  it('redacts a short whole sentence that stands as a sentence, not the same words inside another', () => {
    expect(redact('Key line: «Quokkafjord saved me»').text).toBe('Key line: «[withdrawn]»');
    expect(redact('Ingen spurte om arbeidstiden.').text).toBe('[withdrawn].');
    expect(redact('I think Quokkafjord saved me money.').passages).toBe(0);
  });

  it('never takes common phrases for their words', () => {
    for (const memo of ["I don't know.", 'I don’t know what to do next with this code.', 'Ja.', 'Jeg er usikker på om det går.']) {
      expect(redact(memo), memo).toEqual({ text: memo, passages: 0 });
    }
  });

  it('leaves a text without their words as it was', () => {
    const memo = 'The therapist and the social worker agree on the hours.';
    expect(findQuotes(J4, memo)).toEqual([]);
    expect(redact(memo).text).toBe(memo);
  });

  it('finds nothing for a participant who said nothing', () => {
    expect(redact('My sister Zanzibarqueen lives in Quokkafjord.').passages).toBe(1);
    expect(redactQuotes(indexSpokenWords([]), 'My sister Zanzibarqueen lives in Quokkafjord.').passages).toBe(0);
  });
});

describe('the study’s common language', () => {
  it('leaves a short passage that others said too, and still redacts a long one', () => {
    const others = ['with nav and the job specialist', 'my sister zanzibarqueen lives in quokkafjord and i dont know what to do about the debt'];
    const sharedElsewhere = (passage: string) => others.some((o) => o.includes(passage.toLowerCase().replace(/’|'/g, '')));
    const spoken = indexSpokenWords(['It was me, with NAV and the job specialist nodding.', 'My sister Zanzibarqueen lives in Quokkafjord, and I don’t know what to do about the debt.']);
    const memo = 'Unsure what may be shared with NAV and the job specialist. J4: “My sister Zanzibarqueen lives in Quokkafjord, and I don’t know”.';
    expect(redactQuotes(spoken, memo, { sharedElsewhere }).text).toBe('Unsure what may be shared with NAV and the job specialist. J4: “[withdrawn]”.');
    expect(redactQuotes(spoken, memo).text).toBe('Unsure what may be shared [withdrawn]. J4: “[withdrawn]”.');
  });
});

describe('how much of theirs makes a quote', () => {
  const T6 = indexSpokenWords(['The consent says relevant health information can be shared with NAV and the employment specialist. I was never asked about work.']);

  it('leaves a researcher’s own phrasing that shares a few words with them', () => {
    const memo = 'The therapist is unsure what may be shared with NAV and the job specialist.';
    expect(redactQuotes(T6, memo).passages).toBe(0);
  });

  it('takes a whole sentence of theirs set apart in a memo, not the same words run into another', () => {
    expect(redactQuotes(T6, 'T6: “I was never asked about work.”').text).toBe('T6: “[withdrawn].”');
    expect(redactQuotes(T6, 'She felt I was never asked about work either').passages).toBe(0);
    expect(redactQuotes(T6, 'Quote: relevant health information can be shared with NAV').text).toBe('Quote: [withdrawn]');
  });
});
