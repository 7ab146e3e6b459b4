import type { AnalysisData } from './analysis-data.js';
import { buildAnalysisData, code, participant, perspective, theme } from './test-factory.js';

/**
 * Test-only: a made-up hospital study with four perspectives (Patients, Nurses, Doctors,
 * Relatives), three cases, an age attribute, a withdrawn patient, an interviewer segment, segments
 * with several codes and coders, and a Relatives perspective that never speaks to the themes.
 * Expected numbers in the tests are worked out by hand from the segment list below.
 */
export function hospitalStudy(): AnalysisData {
  return buildAnalysisData({
    perspectives: [
      perspective('R', 'Relatives', 3),
      perspective('P', 'Patients', 0),
      perspective('D', 'Doctors', 2),
      perspective('N', 'Nurses', 1),
    ],
    cases: [
      { id: 'K10', label: 'Ward 10' },
      { id: 'K2', label: 'Ward 2' },
      { id: 'K1', label: 'Ward 1' },
    ],
    participants: [
      participant('P1', 'P', { case: 'K1', attributes: { age_band: '30-39' } }),
      participant('P2', 'P', { case: 'K2', attributes: { age_band: '40-49' } }),
      participant('P3', 'P', { case: 'K10', attributes: { age_band: '30-39' } }),
      participant('P4', 'P', { case: 'K1', status: 'withdrawn', attributes: { age_band: '60-69' } }),
      participant('N1', 'N', { case: 'K1', attributes: { age_band: '50-59' } }),
      participant('N2', 'N', { case: 'K2' }),
      participant('D1', 'D', { case: 'K1' }),
      participant('D2', 'D', { case: 'K2' }),
      participant('R1', 'R'),
    ],
    codes: ['waiting', 'pain', 'trust', 'handover', 'time', 'family'].map((n) => code(n)),
    themes: [
      theme('Ønsket om ro', 'P', ['trust'], { parent: 'Being kept waiting', sort: 1 }),
      theme('Pain unheard', 'P', ['pain'], { parent: 'Being kept waiting', sort: 1 }),
      theme('Being kept waiting', 'P', ['waiting', 'time']),
      theme('Shared decisions', 'D', ['trust'], { parent: 'Time pressure' }),
      theme('Time pressure', 'D', ['time']),
      theme('Handover gaps', 'N', ['handover']),
      theme('Family', null, ['family'], { sort: 1, summaries: { R: 'Relatives want to be asked.' } }),
      theme('Waiting together', null, [], {
        relation: 'divergent',
        note: 'Patients wait for staff; staff wait for each other.',
        summaries: { P: 'Patients feel forgotten.', N: 'Nurses blame handovers.' },
        drawsOn: ['Being kept waiting', 'Time pressure'],
      }),
    ],
    segments: [
      { participant: 'P1', codes: ['waiting', 'pain'] }, // s0
      { participant: 'P1', codes: ['waiting'], coders: ['c1', 'c2'] }, // s1
      { participant: 'P2', codes: ['time'] }, // s2
      { participant: 'P3', codes: ['pain', 'trust'] }, // s3
      { participant: 'P4', codes: ['waiting'] }, // s4 withdrawn: never counts
      { participant: 'N1', codes: ['handover', 'waiting'] }, // s5
      { participant: 'N2', codes: ['handover'] }, // s6
      { participant: 'D1', codes: ['time', 'trust'] }, // s7
      { participant: 'D2', codes: ['trust'] }, // s8
      { participant: null, codes: ['waiting'] }, // s9 interviewer: never counts
      { participant: 'P2', codes: ['family'] }, // s10
      { participant: 'P3', codes: ['waiting', 'pain'] }, // s11
      { participant: 'D1', codes: ['waiting'] }, // s12
    ],
  });
}
