import type { ReportModel } from '@polyphony/core';

/** Test-only: a small hand-written report model with a pipe, a Norwegian name, a silent perspective. */
export function clinicReport(): ReportModel {
  const cell = (name: string, evidence: string) => ({ name, segments: 0, participants: 0, of: 0, evidence });
  return {
    title: 'Waiting on the ward',
    date: '2024-05-02',
    phase: { number: 5, name: 'Defining and naming themes' },
    perspectives: [
      { id: 'P', label: 'Patients', participants: 3 },
      { id: 'N', label: 'Nurses', participants: 2 },
    ],
    table: {
      header: ['Patients (P)', 'Nurses (N)'],
      rows: [
        { label: 'Main theme', cells: [cell('Being kept waiting', '4 segments, 3 of 3 participants'), cell('Handover | gaps', '2 segments, 2 of 2 participants')] },
        { label: 'Subtheme 1', cells: [cell('Ønsket om ro', '1 segment, 1 of 3 participants'), null] },
      ],
    },
    themes: [
      {
        name: 'Being kept waiting', perspective: 'P', perspectiveLabel: 'Patients', level: 'main', parent: null,
        definition: 'Patients wait without knowing why.', evidence: '4 segments, 3 of 3 participants',
        exemplars: [{ quote: 'I waited for hours.', participant: 'P5', citation: '"I waited for hours." (P5)' }],
      },
      {
        name: 'Ønsket om ro', perspective: 'P', perspectiveLabel: 'Patients', level: 'sub', parent: 'Being kept waiting',
        definition: '', evidence: '1 segment, 1 of 3 participants', exemplars: [],
      },
    ],
    triangulation: [
      {
        name: 'Waiting together', relation: null, note: 'Staff wait for each other.',
        voices: [
          { perspective: 'P', label: 'Patients', summary: 'Feel forgotten.', evidence: '5 segments, 3 of 3 participants' },
          { perspective: 'N', label: 'Nurses', summary: '', evidence: '0 segments, 0 of 2 participants' },
        ],
        silent: ['Nurses'],
      },
    ],
    journal: [{ phase: 1, name: 'Familiarising with the data', entries: [{ at: '2024-02-01T10:00:00Z', author: 'ann', text: 'First read.' }] }],
  };
}
