import { describe, expect, it } from 'vitest';
import { codeParticipantMatrix, codeParticipantMatrixCsv } from './code-participant-matrix.js';
import { richSnapshot } from './test-support/rich-snapshot.js';

describe('codeParticipantMatrix', () => {
  const matrix = codeParticipantMatrix(richSnapshot());

  it('orders columns by perspective sort, then naturally, and leaves out the withdrawn', () => {
    // Mentors sort before Apprentices; M10 after M2; M2 has no codings but keeps a column.
    expect(matrix.participants).toEqual(['M1', 'M2', 'M10', 'A1', 'A3']);
  });

  it('marks 1 where a participant has a segment with the code, ignoring orphans', () => {
    const byPath = Object.fromEntries(matrix.codes.map((c, i) => [c.path, matrix.values[i]]));
    expect(byPath).toEqual({
      Work: [1, 0, 0, 0, 0], // A1's only Work segment is an orphan
      'Work > Hours': [0, 0, 1, 1, 0],
      'Work > Pay, wages': [0, 0, 0, 1, 1],
      Fear: [0, 0, 0, 1, 0], // W1's Fear coding is gone with W1
      'Unused *code*': [0, 0, 0, 0, 0],
    });
  });

  it('renders as CSV', () => {
    expect(codeParticipantMatrixCsv(matrix)).toBe(
      '\uFEFFcode,M1,M2,M10,A1,A3\r\n' +
        'Work,1,0,0,0,0\r\n' +
        'Work > Hours,0,0,1,1,0\r\n' +
        '"Work > Pay, wages",0,0,0,1,1\r\n' +
        'Fear,0,0,0,1,0\r\n' +
        'Unused *code*,0,0,0,0,0\r\n',
    );
  });
});
