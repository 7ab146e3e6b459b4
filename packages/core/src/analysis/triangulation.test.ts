import { describe, expect, it } from 'vitest';
import { triangulation } from './triangulation.js';
import { hospitalStudy } from './test-study.js';

describe('triangulation', () => {
  const rows = triangulation(hospitalStudy());

  it('has one row per cross-cutting theme in sort order, relation as stored', () => {
    expect(rows.map((r) => [r.name, r.relation])).toEqual([
      ['Waiting together', 'divergent'],
      // Not decided by the analyst: stays null, never inferred.
      ['Family', null],
    ]);
    expect(rows[0]?.note).toBe('Patients wait for staff; staff wait for each other.');
  });

  it('draws evidence from drawn-on themes and their subthemes, per perspective', () => {
    // Codes waiting, time (Being kept waiting), pain, trust (its subthemes), time (Time pressure), trust (Shared decisions).
    expect(rows[0]?.perspectives).toEqual({
      P: { summary: 'Patients feel forgotten.', segments: 5, participants: 3 },
      N: { summary: 'Nurses blame handovers.', segments: 1, participants: 1 },
      D: { summary: '', segments: 3, participants: 2 },
      R: { summary: '', segments: 0, participants: 0 },
    });
    // D has evidence without a summary, so it is not silent; R has neither.
    expect(rows[0]?.silent).toEqual(['R']);
  });

  it('counts a summary without evidence as a voice', () => {
    expect(rows[1]?.perspectives['R']).toEqual({ summary: 'Relatives want to be asked.', segments: 0, participants: 0 });
    expect(rows[1]?.perspectives['P']).toMatchObject({ segments: 1, participants: 1 });
    expect(rows[1]?.silent).toEqual(['N', 'D']);
  });
});
