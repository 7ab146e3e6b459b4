import type { Perspective, ProjectSnapshot } from '@polyphony/core';
import { codesInHierarchyOrder, PATH_SEPARATOR } from './code-hierarchy.js';
import { perspectivesInOrder } from './participant-order.js';
import { LIST_SEPARATOR, themesByCode, withdrawnParticipants } from './snapshot-lookup.js';
import type { ExportTable } from './table.js';
import { toCsv } from './csv.js';

/** One code of the codebook with its evidence counts. */
export interface CodebookRow {
  id: string;
  name: string;
  /** Names from the root down, joined with ` > ` (e.g. `Work > Hours`). */
  path: string;
  /** 0 for a top-level code. */
  depth: number;
  description: string;
  /** `#rrggbb` as stored. */
  color: string;
  /** Names of the themes and subthemes that gather the code. */
  themes: string[];
  /** Distinct segments coded with this code, per perspective id (every perspective present, 0 if none). */
  segmentsByPerspective: Record<string, number>;
  /** Distinct segments coded with this code, including interviewer segments and those without a perspective. */
  total: number;
}

/**
 * The codebook in hierarchy order (parents before children). Counts are of distinct anchored
 * segments coded directly with the code by any coder — not rolled up into parents, and without
 * orphans or withdrawn participants' segments, like every computed analysis output.
 */
export function codebookRows(snapshot: ProjectSnapshot): CodebookRow[] {
  const withdrawn = withdrawnParticipants(snapshot);
  const perspectiveOf = new Map(snapshot.participants.map((p) => [p.id, p.perspective]));
  const segments = new Map(snapshot.segments.map((s) => [s.id, s]));
  const themes = themesByCode(snapshot.themes);
  const segmentsByCode = new Map<string, Set<string>>();
  for (const coding of snapshot.codings) {
    const segment = segments.get(coding.segment);
    if (segment === undefined || segment.status !== 'anchored') continue;
    if (segment.participant !== null && withdrawn.has(segment.participant)) continue;
    const set = segmentsByCode.get(coding.code) ?? new Set<string>();
    set.add(segment.id);
    segmentsByCode.set(coding.code, set);
  }

  return codesInHierarchyOrder(snapshot.codes).map(({ code, path, depth }) => {
    const byPerspective: Record<string, number> = Object.fromEntries(snapshot.perspectives.map((p) => [p.id, 0]));
    const coded = segmentsByCode.get(code.id) ?? new Set<string>();
    for (const id of coded) {
      const participant = segments.get(id)?.participant;
      const perspective = participant == null ? null : perspectiveOf.get(participant);
      if (perspective != null && Object.hasOwn(byPerspective, perspective)) byPerspective[perspective] = (byPerspective[perspective] ?? 0) + 1;
    }
    return {
      id: code.id,
      name: code.name,
      path: path.join(PATH_SEPARATOR),
      depth,
      description: code.description,
      color: code.color,
      themes: [...new Set((themes.get(code.id) ?? []).map((t) => t.name))],
      segmentsByPerspective: byPerspective,
      total: coded.size,
    } satisfies CodebookRow;
  });
}

/**
 * The codebook as a table: code (path), description, colour, themes, one column of segment
 * counts per perspective (labelled, in perspective order) and the total.
 */
export function codebookTable(snapshot: ProjectSnapshot): ExportTable {
  const perspectives: Perspective[] = perspectivesInOrder(snapshot.perspectives);
  return {
    header: ['code', 'description', 'colour', 'themes', ...perspectives.map((p) => p.label), 'total'],
    rows: codebookRows(snapshot).map((row) => [
      row.path,
      row.description,
      row.color,
      row.themes.join(LIST_SEPARATOR),
      ...perspectives.map((p) => row.segmentsByPerspective[p.id] ?? 0),
      row.total,
    ]),
  };
}

/** The codebook as CSV (see {@link codebookTable} for the columns and {@link toCsv} for the format). */
export function codebookCsv(snapshot: ProjectSnapshot): string {
  const { header, rows } = codebookTable(snapshot);
  return toCsv(header, rows);
}

/**
 * Headings for people rather than scripts (`Code`, `Description`, …, `Total`); perspective
 * labels are kept as the researcher wrote them. Used by the markdown and Word renderers.
 */
export function codebookDisplayHeader(header: readonly string[]): string[] {
  const fixed = (i: number): boolean => i < 4 || i === header.length - 1;
  return header.map((h, i) => (fixed(i) ? h.charAt(0).toUpperCase() + h.slice(1) : h));
}
