import type { ProjectSnapshot } from '@polyphony/core';
import { codesInHierarchyOrder, PATH_SEPARATOR } from './code-hierarchy.js';
import { toCsv } from './csv.js';
import { participantsInOrder } from './participant-order.js';
import { withdrawnParticipants } from './snapshot-lookup.js';

/** Whether a participant has at least one segment coded with a code. */
export type Presence = 0 | 1;

/** A code × participant presence matrix. `values[r][c]` is code `codes[r]` for `participants[c]`. */
export interface CodeParticipantMatrix {
  /** Codes in hierarchy order, with their paths (`Parent > Child`). */
  codes: { id: string; path: string }[];
  /** Participant ids: by perspective order, then natural order (J1, J2, …, J10). */
  participants: string[];
  values: Presence[][];
}

/**
 * Which participant spoke to which code: 1 when any anchored segment of the participant is coded
 * with the code (by any coder), else 0. Every active participant gets a column, including those
 * never coded — a column of zeros is a finding (silence), not noise. Withdrawn participants and
 * orphaned segments are left out. Counts are not rolled up into parent codes.
 */
export function codeParticipantMatrix(snapshot: ProjectSnapshot): CodeParticipantMatrix {
  const withdrawn = withdrawnParticipants(snapshot);
  const participants = participantsInOrder(
    snapshot.participants.filter((p) => !withdrawn.has(p.id)),
    snapshot.perspectives,
  ).map((p) => p.id);
  const column = new Map(participants.map((id, i) => [id, i]));
  const codes = codesInHierarchyOrder(snapshot.codes);
  const row = new Map(codes.map((c, i) => [c.code.id, i]));
  const values: Presence[][] = codes.map(() => participants.map((): Presence => 0));
  const segments = new Map(snapshot.segments.map((s) => [s.id, s]));
  for (const coding of snapshot.codings) {
    const segment = segments.get(coding.segment);
    if (segment === undefined || segment.status !== 'anchored' || segment.participant === null) continue;
    const r = row.get(coding.code);
    const c = column.get(segment.participant);
    const cells = r === undefined ? undefined : values[r];
    if (cells !== undefined && c !== undefined) cells[c] = 1;
  }
  return {
    codes: codes.map((c) => ({ id: c.code.id, path: c.path.join(PATH_SEPARATOR) })),
    participants,
    values,
  };
}

/** The matrix as CSV: a `code` column with the code path, then one 0/1 column per participant. */
export function codeParticipantMatrixCsv(matrix: CodeParticipantMatrix): string {
  const rows = matrix.codes.map((code, r) => [code.path, ...(matrix.values[r] ?? [])]);
  return toCsv(['code', ...matrix.participants], rows);
}
