import type { ThemeTablePerspective, ThemeTableRow } from './theme-table.js';

/** A cell of "Table 1": a theme's name and its evidence. */
export interface ReportTableCell {
  name: string;
  segments: number;
  participants: number;
  /** Active participants of the perspective (the N in "k of N"). */
  of: number;
  /** `n segments, k of N participants`. */
  evidence: string;
}

/** A row of "Table 1": "Main theme", "Subtheme 1", …; one cell per perspective (null when empty). */
export interface ReportTableRow {
  label: string;
  cells: (ReportTableCell | null)[];
}

/** "Table 1": `header` holds the perspective labels, one per cell of each row. */
export interface TableOne {
  header: string[];
  rows: ReportTableRow[];
}

/** `n segments, k of N participants`, with the singular where it reads better. */
export function evidenceText(segments: number, participants: number, of: number): string {
  return `${segments} segment${segments === 1 ? '' : 's'}, ${participants} of ${of} participant${of === 1 ? '' : 's'}`;
}

/**
 * Lays the perspective themes out as a paper's "Table 1": the k-th main theme of every perspective
 * side by side, then their subthemes row by row. With more than one main theme in a perspective the
 * rows are numbered ("Main theme 2").
 */
export function tableOne(
  perspectives: ThemeTablePerspective[],
  rows: ThemeTableRow[],
  ofFor: (perspective: string | null) => number,
): TableOne {
  // Per perspective: blocks of [main, ...its subthemes] (deeper subthemes join their main's block).
  const blocks = perspectives.map((p) => {
    const out: ThemeTableRow[][] = [];
    for (const row of rows) {
      if (row.perspective !== p.id) continue;
      if (row.level === 'main' || out.length === 0) out.push([row]);
      else out[out.length - 1]?.push(row);
    }
    return out;
  });
  const cell = (row: ThemeTableRow | undefined): ReportTableCell | null =>
    row === undefined
      ? null
      : {
          name: row.name,
          segments: row.segments,
          participants: row.participants,
          of: ofFor(row.perspective),
          evidence: evidenceText(row.segments, row.participants, ofFor(row.perspective)),
        };
  const mains = Math.max(0, ...blocks.map((b) => b.length));
  const out: ReportTableRow[] = [];
  for (let k = 0; k < mains; k++) {
    out.push({ label: mains > 1 ? `Main theme ${k + 1}` : 'Main theme', cells: blocks.map((b) => cell(b[k]?.[0])) });
    const subs = Math.max(0, ...blocks.map((b) => (b[k]?.length ?? 1) - 1));
    for (let i = 1; i <= subs; i++) out.push({ label: `Subtheme ${i}`, cells: blocks.map((b) => cell(b[k]?.[i])) });
  }
  return { header: perspectives.map((p) => `${p.label} (${p.id})`), rows: out };
}
