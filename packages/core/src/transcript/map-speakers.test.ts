import { describe, expect, it } from 'vitest';
import { composeTranscript } from './compose-transcript.js';
import { mapSpeakers } from './map-speakers.js';
import { participantFromFileName } from './participant-from-file-name.js';
import { segmentParticipant } from './segment-participant.js';

const participants = [{ id: 'J1' }, { id: 'T1' }, { id: 'J10' }];
const turnsOf = (...speakers: string[]) => composeTranscript(speakers.map((speaker) => ({ speaker, text: 'x' }))).turns;

describe('mapSpeakers', () => {
  it('maps ids case-insensitively, marks interviewers and lists unmapped labels once', () => {
    const result = mapSpeakers(turnsOf('intervjuer', 'j1', 'Kari', 'T1', 'Kari', 'Interviewer 2', 'Ola'), { participants });
    expect(result.turns.map((t) => [t.participant, t.isInterviewer])).toEqual([
      [null, true],
      ['J1', false],
      [null, false],
      ['T1', false],
      [null, false],
      [null, true],
      [null, false],
    ]);
    expect(result.unmapped).toEqual(['Kari', 'Ola']);
  });

  it("maps other speakers to the participant in that participant's own interview", () => {
    const result = mapSpeakers(turnsOf('I', 'Kari', '', 'T1'), { participants, sourceParticipant: 'J1' });
    expect(result.turns.map((t) => t.participant)).toEqual([null, 'J1', 'J1', 'T1']);
    expect(result.unmapped).toEqual([]);
  });

  it('uses configured interviewer labels instead of the defaults', () => {
    const result = mapSpeakers(turnsOf('Leder', 'Interviewer'), { participants, interviewerLabels: ['leder'] });
    expect(result.turns.map((t) => t.isInterviewer)).toEqual([true, false]);
    expect(result.unmapped).toEqual(['Interviewer']);
  });
});

describe('participantFromFileName', () => {
  const ids = ['J1', 'J10', 'T1'];
  it.each([
    ['J1.vtt', 'J1'],
    ['j1.txt', 'J1'],
    ['J1 interview.docx', 'J1'],
    ['Intervju J1.docx', 'J1'],
    ['2023/Intervju_J10-final.docx', 'J10'],
    ['J1 og T1.txt', null],
    ['J100.txt', null],
    ['meeting.txt', null],
  ])('%s → %s', (name, expected) => expect(participantFromFileName(name, ids)).toBe(expected));
});

describe('segmentParticipant', () => {
  it('finds the participant of the turn containing the offset', () => {
    const { text, turns } = composeTranscript([
      { speaker: 'I', text: 'Hei?' },
      { speaker: 'J1', text: 'Hei.' },
      { speaker: 'T1', text: 'Hallo.' },
    ]);
    const mapped = mapSpeakers(turns, { participants }).turns;
    expect(segmentParticipant(mapped, text.indexOf('Hei.'))).toBe('J1');
    expect(segmentParticipant(mapped, text.indexOf('T1:'))).toBe('T1');
    expect(segmentParticipant(mapped, text.indexOf('Hallo.') + 5)).toBe('T1');
    expect(segmentParticipant(mapped, 0)).toBeNull();
    expect(segmentParticipant(mapped, text.length)).toBeNull();
    expect(segmentParticipant(mapped, text.indexOf('\n\nT1'))).toBeNull();
    expect(segmentParticipant([], 3)).toBeNull();
  });
});
