import { describe, expect, it } from 'vitest';
import { isPolyphonyError } from '../errors.js';
import { codeCooccurrence } from './code-cooccurrence.js';
import { codeMatrix } from './code-matrix.js';
import { hospitalStudy } from './test-study.js';

describe('codeMatrix', () => {
  const data = hospitalStudy();

  it('crosses codes with perspectives, zeros included, interviewer and withdrawn left out', () => {
    const m = codeMatrix(data, 'perspective');
    expect(m.columns).toEqual(['P', 'N', 'D', 'R']);
    expect(m.rows.map((r) => r.code)).toEqual(['family', 'handover', 'pain', 'time', 'trust', 'waiting']);
    const waiting = m.rows.find((r) => r.code === 'waiting');
    expect(waiting).toEqual({
      code: 'waiting',
      cells: {
        P: { segments: 3, participants: 2 },
        N: { segments: 1, participants: 1 },
        D: { segments: 1, participants: 1 },
        R: { segments: 0, participants: 0 },
      },
      total: { segments: 5, participants: 4 },
    });
  });

  it('crosses codes with cases in numeric name order', () => {
    const m = codeMatrix(data, 'case');
    expect(m.columns).toEqual(['K1', 'K2', 'K10']);
    expect(m.rows.find((r) => r.code === 'waiting')?.cells).toEqual({
      K1: { segments: 4, participants: 3 },
      K2: { segments: 0, participants: 0 },
      K10: { segments: 1, participants: 1 },
    });
  });

  it('crosses codes with an attribute; participants without a value count only in the total', () => {
    const m = codeMatrix(data, 'age_band');
    // 60-69 belongs only to the withdrawn P4.
    expect(m.columns).toEqual(['30-39', '40-49', '50-59']);
    const pain = m.rows.find((r) => r.code === 'pain');
    expect(pain?.cells['30-39']).toEqual({ segments: 3, participants: 2 });
    const trust = m.rows.find((r) => r.code === 'trust');
    expect(trust?.cells).toEqual({
      '30-39': { segments: 1, participants: 1 },
      '40-49': { segments: 0, participants: 0 },
      '50-59': { segments: 0, participants: 0 },
    });
    expect(trust?.total).toEqual({ segments: 3, participants: 3 });
  });

  it('rejects an unknown column with the known attributes', () => {
    let caught: unknown;
    try {
      codeMatrix(data, 'shoe_size');
    } catch (e) {
      caught = e;
    }
    expect(isPolyphonyError(caught) && caught.code).toBe('bad_input');
    expect(isPolyphonyError(caught) && caught.details).toEqual({ cols: 'shoe_size', attributes: ['age_band'] });
  });
});

describe('codeCooccurrence', () => {
  it('counts code pairs on the same segment, most frequent first', () => {
    expect(codeCooccurrence(hospitalStudy())).toEqual([
      { a: 'pain', b: 'waiting', segments: 2 },
      { a: 'handover', b: 'waiting', segments: 1 },
      { a: 'pain', b: 'trust', segments: 1 },
      { a: 'time', b: 'trust', segments: 1 },
    ]);
  });
});
