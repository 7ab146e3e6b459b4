import { describe, expect, it } from 'vitest';
import { parseLabelledParagraphs } from './labelled-paragraphs.js';
import { matchSpeakerLabel } from './speaker-label.js';

const speakersAndWords = (text: string, turns: ReturnType<typeof parseLabelledParagraphs>) =>
  turns.map((t) => [t.speaker, text.slice(t.textStart, t.end)]);

describe('matchSpeakerLabel', () => {
  it.each(['J1: Ja', 'Interviewer: Hva', 'Kari Nordmann: Hei', 'Intervjuer: Hm', 'I: ok', 'Dr. Ødegård: Ja'])(
    'reads %s as a label',
    (line) => expect(matchSpeakerLabel(line)?.strong).toBe(true),
  );
  it.each([
    '10:30 we started',
    'So what I said to them was: no',
    'Note:that',
    'http://example.org',
    'A very long name that goes on and on and on and on: x',
  ])('does not read %s as a label', (line) => expect(matchSpeakerLabel(line)).toBeNull());
});

describe('parseLabelledParagraphs', () => {
  it('makes one turn per labelled paragraph with offsets into the text', () => {
    const text = 'Interviewer: How was it?\n\nJ1: Tiring.\nBut fine.\n\nKari Nordmann: Agreed.';
    const turns = parseLabelledParagraphs(text);
    expect(speakersAndWords(text, turns)).toEqual([
      ['Interviewer', 'How was it?'],
      ['J1', 'Tiring.\nBut fine.'],
      ['Kari Nordmann', 'Agreed.'],
    ]);
    expect(turns.map((t) => [t.seq, text.slice(t.start, t.start + 3)])).toEqual([
      [0, 'Int'],
      [1, 'J1:'],
      [2, 'Kar'],
    ]);
    expect(turns.every((t) => t.participant === null && t.startMs === null)).toBe(true);
  });

  it('continues the previous turn for a paragraph without a label; leading text has speaker ""', () => {
    const text = 'Intervju 12. mai\n\nIntervjuer: Fortell.\n\nJ2: Først dette.\n\nOg så det, klokka 10:30: mye.\n\nIntervjuer: Takk.';
    const turns = parseLabelledParagraphs(text);
    expect(turns.map((t) => t.speaker)).toEqual(['', 'Intervjuer', 'J2', 'Intervjuer']);
    expect(text.slice(turns[2]?.textStart, turns[2]?.end)).toBe('Først dette.\n\nOg så det, klokka 10:30: mye.');
  });

  it('treats each line as a paragraph when the file has no blank lines', () => {
    const text = 'I: Hei\nJ3: Hei hei\nsa jeg\nI: Ok';
    const turns = parseLabelledParagraphs(text);
    expect(speakersAndWords(text, turns)).toEqual([
      ['I', 'Hei'],
      ['J3', 'Hei hei\nsa jeg'],
      ['I', 'Ok'],
    ]);
  });

  it('splits a paragraph at a line that starts with a label used elsewhere', () => {
    const text = 'T1: One.\nInterviewer: Two?\n\nInterviewer: Three.';
    expect(parseLabelledParagraphs(text).map((t) => t.speaker)).toEqual(['T1', 'Interviewer', 'Interviewer']);
  });

  it('accepts a lowercase label only when it recurs, and forced labels always', () => {
    const text = 'Job specialist: Hello.\n\nJ1: Hi. I said: no.\n\nJob specialist: Ok.';
    expect(parseLabelledParagraphs(text).map((t) => t.speaker)).toEqual(['Job specialist', 'J1', 'Job specialist']);
    const once = 'J1: Hi.\n\nthe plan: later';
    expect(parseLabelledParagraphs(once).map((t) => t.speaker)).toEqual(['J1']);
    expect(parseLabelledParagraphs(once, { labels: ['the plan'] }).map((t) => t.speaker)).toEqual(['J1', 'the plan']);
  });

  it('ignores surrounding blank lines and indentation', () => {
    const text = '\n\n  J1:   Hei  \n\n\n';
    const [turn] = parseLabelledParagraphs(text);
    expect(turn && [text.slice(turn.start, turn.end), text.slice(turn.textStart, turn.end)]).toEqual(['J1:   Hei', 'Hei']);
  });

  it('returns no turns for empty text', () => {
    expect(parseLabelledParagraphs(' \n\n ')).toEqual([]);
  });
});
