import { describe, expect, it } from 'vitest';
import { composeTranscript } from './compose-transcript.js';
import { parseLabelledParagraphs } from './labelled-paragraphs.js';

describe('composeTranscript', () => {
  it('writes Speaker: text paragraphs and returns their offsets and times', () => {
    const { text, turns } = composeTranscript([
      { speaker: 'Interviewer', text: 'Hvordan gikk det?', startMs: 0, endMs: 1500 },
      { speaker: 'J1', text: ' Greit.\r\n\r\nTror jeg. ' },
      { speaker: 'J1', text: '   ' },
      { speaker: '', text: '[pause]' },
    ]);
    expect(text).toBe('Interviewer: Hvordan gikk det?\n\nJ1: Greit.\nTror jeg.\n\n[pause]');
    expect(turns.map((t) => [t.seq, t.speaker, text.slice(t.start, t.end), text.slice(t.textStart, t.end)])).toEqual([
      [0, 'Interviewer', 'Interviewer: Hvordan gikk det?', 'Hvordan gikk det?'],
      [1, 'J1', 'J1: Greit.\nTror jeg.', 'Greit.\nTror jeg.'],
      [2, '', '[pause]', '[pause]'],
    ]);
    expect(turns.map((t) => [t.startMs, t.endMs])).toEqual([[0, 1500], [null, null], [null, null]]);
  });

  it('gives the same turns when its text is parsed again', () => {
    const { text, turns } = composeTranscript([
      { speaker: 'T2', text: 'Først.\nSå.' },
      { speaker: 'Intervjuer', text: 'Ja?' },
    ]);
    expect(parseLabelledParagraphs(text)).toEqual(turns);
  });
});
