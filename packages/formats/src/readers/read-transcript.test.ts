import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readTranscript } from './read-transcript.js';
import { errorOf } from '../test-support/error-of.js';

const words = (r: ReturnType<typeof readTranscript>) =>
  r.turns.map((t) => [t.speaker, r.text.slice(t.textStart, t.end), t.startMs, t.endMs]);

describe('readTranscript: txt', () => {
  it('keeps the file text, normalised, and finds the turns', () => {
    const r = readTranscript('J1.txt', strToU8('\uFEFFInterviewer: Hei.\r\n\r\nJ1: Hei, hei.\r\n'));
    expect(r.format).toBe('txt');
    expect(r.text).toBe('Interviewer: Hei.\n\nJ1: Hei, hei.\n');
    expect(words(r)).toEqual([
      ['Interviewer', 'Hei.', null, null],
      ['J1', 'Hei, hei.', null, null],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads a windows-1252 file with a warning', () => {
    // "Intervjuer: Går det bra?\n\nJ2: Ja, særlig på øya." with æ ø å as single bytes.
    const bytes = Uint8Array.from([
      ...strToU8('Intervjuer: G'), 0xe5, ...strToU8('r det bra?\n\nJ2: Ja, s'), 0xe6, ...strToU8('rlig p'), 0xe5,
      ...strToU8(' '), 0xf8, ...strToU8('ya.'),
    ]);
    const r = readTranscript('gammel.TXT', bytes);
    expect(r.text).toBe('Intervjuer: Går det bra?\n\nJ2: Ja, særlig på øya.');
    expect(r.turns.map((t) => t.speaker)).toEqual(['Intervjuer', 'J2']);
    expect(r.warnings.join()).toContain('windows-1252');
  });

  it('refuses an empty transcript and an unknown extension', () => {
    expect(errorOf(() => readTranscript('tom.txt', strToU8(' \n\n '))).code).toBe('parse_error');
    const err = errorOf(() => readTranscript('notes.pdf', strToU8('%PDF')));
    expect(err.code).toBe('unsupported_format');
    expect(err.message).toContain('notes.pdf');
    expect(errorOf(() => readTranscript('README', strToU8('x'))).code).toBe('unsupported_format');
  });
});

describe('readTranscript: vtt', () => {
  it('reads voice tags, merges consecutive cues of one speaker and keeps their times', () => {
    const vtt = [
      'WEBVTT - intervju',
      '',
      'NOTE recorded 2023',
      'by the team',
      '',
      'STYLE',
      '::cue { color: white }',
      '',
      'c1',
      '00:00:01.000 --> 00:00:02.500 align:start',
      '<v Interviewer>How was it?</v>',
      '',
      '00:02.500 --> 00:04.000',
      '<v.loud J1>It was <i>fine</i>,',
      'mostly &amp; then &lt;some&gt;&nbsp;more.',
      '',
      '00:00:04.000 --> 00:00:06.000',
      '<v J1>Really.',
      '',
      '00:00:06.000 --> 00:00:07.000',
      'And tired.',
      '',
      '01:00:00.000 --> 01:00:01.250',
      '<v Interviewer>Thanks.',
    ].join('\n');
    const r = readTranscript('J1.vtt', strToU8(vtt));
    expect(r.format).toBe('vtt');
    expect(words(r)).toEqual([
      ['Interviewer', 'How was it?', 1000, 2500],
      ['J1', 'It was fine, mostly & then <some> more. Really. And tired.', 2500, 7000],
      ['Interviewer', 'Thanks.', 3_600_000, 3_601_250],
    ]);
    expect(r.text.startsWith('Interviewer: How was it?\n\nJ1: It was fine')).toBe(true);
  });

  it('reads Name: prefixes as speakers', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nKari Nordmann: Hei.\n\n00:02.000 --> 00:03.000\nKari Nordmann: Igjen.\n\n00:03.000 --> 00:04.000\nModerator: Ja.';
    expect(words(readTranscript('møte.vtt', strToU8(vtt)))).toEqual([
      ['Kari Nordmann', 'Hei. Igjen.', 1000, 3000],
      ['Moderator', 'Ja.', 3000, 4000],
    ]);
  });

  it('requires the WEBVTT header and reports a malformed timing with its line', () => {
    expect(errorOf(() => readTranscript('a.vtt', strToU8('00:01.000 --> 00:02.000\nHei'))).message).toContain('line 1');
    const err = errorOf(() => readTranscript('a.vtt', strToU8('WEBVTT\n\n00:01.000 --> 00:02.000\nHei\n\n00:01,000 --> 00:02.000\nDu')));
    expect(err.code).toBe('parse_error');
    expect(err.message).toContain('a.vtt, line 6');
    expect(errorOf(() => readTranscript('b.vtt', strToU8('WEBVTT\n\n00:03.000 --> 00:02.000\nHei'))).details).toMatchObject({ line: 3 });
  });
});

describe('readTranscript: srt', () => {
  it('reads numbered blocks, strips <i> and merges one speaker', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,000\r\nIntervjuer: <i>Hvordan</i> gikk det?\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,500\r\nS3: Bra.\r\n\r\n3\r\n00:00:03,500 --> 00:00:05,000\r\nVeldig bra.\r\n';
    expect(words(readTranscript('S3.srt', strToU8(srt)))).toEqual([
      ['Intervjuer', 'Hvordan gikk det?', 1000, 2000],
      ['S3', 'Bra. Veldig bra.', 2000, 5000],
    ]);
  });

  it('reports a malformed timing line with its number', () => {
    const err = errorOf(() => readTranscript('x.srt', strToU8('1\n00:00:01,000 --> 00:00:02,000\nHei\n\n2\n00:00:02 --> 00:00:03\nDu')));
    expect(err.code).toBe('parse_error');
    expect(err.message).toContain('x.srt, line 6');
  });
});
