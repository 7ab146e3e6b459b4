/**
 * A small but awkward project for the export tests: perspectives not named J/T/S and sorted
 * against the alphabet, ids that sort wrongly as plain strings (M2, M10), attributes with commas,
 * quotes and æøå, nested codes, a code in two themes, a segment with two codes, an interviewer
 * segment, an orphan, an emoji before a quote's end, a formula-like quote and a withdrawn
 * participant whose words must never appear.
 */
import type { Code, Coding, ProjectSnapshot, Segment, Source } from '@polyphony/core';

const AT = '2025-01-01T00:00:00Z';

export const INTERVIEW =
  'Interviewer: How are the hours?\n' +
  'A1: Four hours a day suits me.\n' +
  'A1: =HYPERLINK("http://evil.example") is what I typed.\n' +
  'A1: I worry about pay.\n';
export const MEETING =
  'M1: She is doing well.\n' +
  'M10: Hours are the issue.\n' +
  'A3: I like the team 😊 and the pay.\n' +
  'W1: Secret words nobody may read.\n';

function source(id: string, name: string, text: string): Source {
  return { id, name, kind: 'interview', participant: null, text, revision: 1, turns: [], format: 'txt', createdAt: AT };
}

function segment(id: string, src: Source, exact: string, participant: string | null): Segment {
  const start = src.text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" not in ${src.id}`);
  return { id, source: src.id, start, end: start + exact.length, exact, prefix: '', suffix: '', revision: 1, status: 'anchored', participant };
}

function code(id: string, name: string, parent: string | null, description = ''): Code {
  return { id, name, description, color: '#0072b2', parent, createdBy: 'k', createdAt: AT };
}

function coding(id: string, codeId: string, segmentId: string, coder: string): Coding {
  return { id, code: codeId, segment: segmentId, coder, comment: '', createdAt: AT };
}

/** Builds the snapshot afresh (tests may change it). */
export function richSnapshot(): ProjectSnapshot {
  const s1 = source('s1', 'Intervju A1 (æøå).txt', INTERVIEW);
  const s2 = source('s2', 'Meeting, group 1', MEETING);
  const orphan: Segment = { ...segment('sO', s1, 'I worry about pay.', 'A1'), start: 500, end: 510, exact: 'text that was edited away', status: 'orphan' };
  return {
    id: 'p1',
    name: 'Hours & pay | study',
    phase: 3,
    perspectives: [
      { id: 'A', label: 'Apprentices', sort: 1 },
      { id: 'M', label: 'Mentors', sort: 0 },
    ],
    cases: [
      { id: 'G1', label: 'Gruppe Ø' },
      { id: 'G2', label: 'Group 2' },
    ],
    participants: [
      { id: 'A3', perspective: 'A', case: 'G2', attributes: { age_band: '18–24', region: 'Trøndelag, Sør' }, status: 'active' },
      { id: 'A1', perspective: 'A', case: 'G1', attributes: { age_band: '25–34', note: 'says "fine", often' }, status: 'active' },
      { id: 'M10', perspective: 'M', case: 'G2', attributes: { profession: 'Vernepleier' }, status: 'active' },
      { id: 'M2', perspective: 'M', case: 'G1', attributes: {}, status: 'active' },
      { id: 'M1', perspective: 'M', case: 'G1', attributes: { profession: '-Ergoterapeut' }, status: 'active' },
      { id: 'W1', perspective: 'A', case: 'G1', attributes: { secret_attr: 'hidden' }, status: 'withdrawn' },
    ],
    coders: [
      { id: 'k', name: 'Kari Nordmann' },
      { id: 'o', name: 'Ola' },
    ],
    sources: [s1, s2],
    codes: [
      code('work', 'Work', null, 'Anything about the job.\nIncludes hours.'),
      code('fear', 'Fear', null, 'Worry | anxiety'),
      code('hours', 'Hours', 'work', 'Working time, "part-time" or full'),
      code('pay', 'Pay, wages', 'work'),
      code('unused', 'Unused *code*', null),
    ],
    segments: [
      segment('sInt', s1, 'How are the hours?', null),
      segment('sA', s1, 'Four hours a day suits me.', 'A1'),
      segment('sB', s1, '=HYPERLINK("http://evil.example") is what I typed.', 'A1'),
      orphan,
      segment('sM1', s2, 'She is doing well.', 'M1'),
      segment('sM10', s2, 'Hours are the issue.', 'M10'),
      segment('sA3', s2, 'I like the team 😊 and the pay.', 'A3'),
      segment('sW', s2, 'Secret words nobody may read.', 'W1'),
    ],
    codings: [
      coding('c1', 'fear', 'sA', 'o'),
      coding('c2', 'hours', 'sA', 'k'),
      coding('c3', 'work', 'sInt', 'k'),
      coding('c4', 'pay', 'sB', 'k'),
      coding('c5', 'work', 'sO', 'k'),
      coding('c6', 'pay', 'sA3', 'o'),
      coding('c7', 'hours', 'sM10', 'k'),
      coding('c8', 'work', 'sM1', 'o'),
      coding('c9', 'fear', 'sW', 'k'),
    ],
    memos: [],
    themes: [
      { id: 't1', name: 'Belonging', definition: '', status: 'candidate', perspective: 'A', parent: null, codes: ['hours', 'fear'], exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort: 0 },
      { id: 't2', name: 'Security', definition: '', status: 'candidate', perspective: null, parent: null, codes: ['hours', 'pay'], exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort: 1 },
    ],
  };
}
