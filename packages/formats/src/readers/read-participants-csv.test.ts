import { describe, expect, it } from 'vitest';
import { readParticipantsCsv } from './read-participants-csv.js';
import { errorOf } from '../test-support/error-of.js';

describe('readParticipantsCsv', () => {
  it('reads quoted fields with commas, newlines and doubled quotes, a BOM and CRLF', () => {
    const csv =
      '\uFEFF Participant ,Perspective,CASE,profession,note\r\n' +
      'J1,J,G1,"nurse, psychiatric","said ""hi""\r\nthen left"\r\n' +
      'T1,T,,psychologist,\r\n';
    const { participants, attributeNames } = readParticipantsCsv(csv);
    expect(attributeNames).toEqual(['profession', 'note']);
    expect(participants).toEqual([
      {
        id: 'J1',
        perspective: 'J',
        case: 'G1',
        attributes: { profession: 'nurse, psychiatric', note: 'said "hi"\r\nthen left' },
        status: 'active',
      },
      { id: 'T1', perspective: 'T', case: null, attributes: { profession: 'psychologist' }, status: 'active' },
    ]);
  });

  it('detects the semicolon delimiter of Norwegian Excel and skips empty rows', () => {
    const csv = 'participant;perspective;kjønn\nJ1;J;kvinne, 30 år\n;;\nS2;S;mann';
    const { participants, attributeNames } = readParticipantsCsv(csv);
    expect(attributeNames).toEqual(['kjønn']);
    expect(participants.map((p) => [p.id, p.perspective, p.case, p.attributes['kjønn']])).toEqual([
      ['J1', 'J', null, 'kvinne, 30 år'],
      ['S2', 'S', null, 'mann'],
    ]);
  });

  it('reads a tab-separated file with quoted fields and empty ones (a tab is not a blank there)', () => {
    const csv = '"participant"\t"perspective"\t"case"\t"age_band"\n"J1"\t\t"G1"\t "30–39" \n';
    expect(readParticipantsCsv(csv).participants).toEqual([{ id: 'J1', perspective: null, case: 'G1', attributes: { age_band: '30–39' }, status: 'active' }]);
  });

  it.each([
    ['participant,age\nJ1,"30\nJ2,40\n', 2, 'never closed'],
    ['participant,age\nJ1,30\nJ2,40,extra\n', 3, '3 fields where the header has 2'],
    ['participant,age\nJ1,30\nj1,40\n', 3, 'appears twice'],
    ['participant,age\nJ1,30\n ,40\n', 3, 'empty participant id'],
    ['id,age\nJ1,30\n', 1, 'no "participant" column'],
    ['participant,age,Age\nJ1,30,31\n', 1, 'column "Age" appears twice'],
    ['participant,age\n"J1"x,30\n', 2, 'after a closing quote'],
  ])('refuses %j at line %i', (csv, line, reason) => {
    const err = errorOf(() => readParticipantsCsv(csv, 'deltakere.csv'));
    expect(err.code).toBe('parse_error');
    expect(err.message).toContain(`deltakere.csv, line ${line}:`);
    expect(err.message).toContain(reason);
  });
});
