import { describe, expect, it } from 'vitest';
import { isPolyphonyError } from '../errors.js';
import { caseComparison } from './case-comparison.js';
import { hospitalStudy } from './test-study.js';

describe('caseComparison', () => {
  it('lists every case in name order with members grouped by perspective', () => {
    const all = caseComparison(hospitalStudy());
    expect(all.map((c) => c.case)).toEqual(['K1', 'K2', 'K10']);
    const k1 = all[0];
    // P4 is withdrawn; R has no member in K1 but keeps its column.
    expect(k1?.perspectives.map((g) => [g.id, g.members.map((m) => m.participant)])).toEqual([
      ['P', ['P1']],
      ['N', ['N1']],
      ['D', ['D1']],
      ['R', []],
    ]);
  });

  it("shows each member's themes and codes with counts, what they share and where they part", () => {
    const [k1] = caseComparison(hospitalStudy(), 'K1');
    const p1 = k1?.perspectives[0]?.members[0];
    expect(p1?.codes).toEqual([
      { name: 'pain', segments: 1 },
      { name: 'waiting', segments: 2 },
    ]);
    expect(p1?.themes).toEqual([
      { name: 'Being kept waiting', perspective: 'P', segments: 2 },
      { name: 'Pain unheard', perspective: 'P', segments: 1 },
      { name: 'Waiting together', perspective: null, segments: 2 },
    ]);
    const d1 = k1?.perspectives[2]?.members[0];
    expect(d1?.themes).toEqual([
      { name: 'Time pressure', perspective: 'D', segments: 1 },
      { name: 'Shared decisions', perspective: 'D', segments: 1 },
      { name: 'Waiting together', perspective: null, segments: 2 },
    ]);
    expect(k1?.shared).toEqual({ codes: ['waiting'], themes: ['Waiting together'] });
    expect(k1?.onlyIn).toEqual({
      P1: { codes: ['pain'], themes: ['Being kept waiting', 'Pain unheard'] },
      N1: { codes: ['handover'], themes: ['Handover gaps'] },
      D1: { codes: ['time', 'trust'], themes: ['Time pressure', 'Shared decisions'] },
    });
  });

  it('has nothing to compare in a one-member case', () => {
    const [k10] = caseComparison(hospitalStudy(), 'K10');
    expect(k10?.perspectives[0]?.members[0]?.codes).toEqual([
      { name: 'pain', segments: 2 },
      { name: 'trust', segments: 1 },
      { name: 'waiting', segments: 1 },
    ]);
    expect(k10?.shared).toEqual({ codes: [], themes: [] });
    expect(k10?.onlyIn).toEqual({});
  });

  it('rejects an unknown case', () => {
    let caught: unknown;
    try {
      caseComparison(hospitalStudy(), 'K99');
    } catch (e) {
      caught = e;
    }
    expect(isPolyphonyError(caught) && caught.code).toBe('not_found');
  });
});
