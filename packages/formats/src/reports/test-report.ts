import { tableOne, type ReportModel, type ThemeTable, type ThemeTableRow } from '@polyphony/core';

const theme = (perspective: string | null, name: string, parent: string | null, segments: number, participants: number): ThemeTableRow => ({
  perspective, name, level: parent === null ? 'main' : 'sub', parent, definition: '', codes: [], segments, participants,
});

/** Test-only: the clinic's computed theme table, with a sub-subtheme, a pipe and a cross-cutting theme. */
export function clinicThemeTable(): ThemeTable {
  return {
    perspectives: [
      { id: 'P', label: 'Patients', participants: 3 },
      { id: 'N', label: 'Nurses', participants: 2 },
      { id: 'R', label: 'Relatives', participants: 1 },
    ],
    themes: [
      theme('P', 'Being kept waiting', null, 4, 3),
      theme('P', 'Ønsket om ro', 'Being kept waiting', 1, 1),
      theme('P', 'Ro om natten', 'Ønsket om ro', 1, 1),
      theme('P', 'Pain unheard', 'Being kept waiting', 2, 2),
      theme('N', 'Handover | gaps', null, 2, 2),
      theme('N', 'Shift change', 'Handover | gaps', 1, 1),
      theme(null, 'Waiting together', null, 0, 0),
    ],
  };
}

/** Test-only: a small hand-written report model with a pipe, a Norwegian name, a silent perspective. */
export function clinicReport(): ReportModel {
  return {
    title: 'Waiting on the ward',
    date: '2024-05-02',
    phase: { number: 5, name: 'Defining and naming themes' },
    perspectives: clinicThemeTable().perspectives,
    table: tableOne(clinicThemeTable()),
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
