import { PolyphonyError } from '../errors.js';
import type { AnalysisData } from './analysis-data.js';
import { indexAnalysis } from './analysis-index.js';
import { compareNames } from './collator.js';
import type { Evidence } from './evidence.js';

/** What the matrix columns are: perspectives, cases, or the values of a participant attribute. */
export type MatrixColumns = 'perspective' | 'case' | (string & {});

/** One code's row: its evidence in every column (zeros included) and over all participants. */
export interface CodeMatrixRow {
  /** The code's name. */
  code: string;
  cells: Record<string, Evidence>;
  /** Over every active participant, including those with no value for the column. */
  total: Evidence;
}

/** A code × column matrix: the data of `polyphony matrix --rows codes --cols …` and of a heat map. */
export interface CodeMatrix {
  columns: string[];
  rows: CodeMatrixRow[];
}

/**
 * Computes code × perspective, code × case or code × attribute. Cells count distinct segments and
 * distinct participants; only active participants count. A participant without a value for the
 * column (no case, no such attribute) is left out of the cells but still counts in `total`.
 * Columns: perspectives in table order; cases and attribute values by name. Rows: every code by
 * name, also codes never applied, so that a heat map shows the gaps.
 * @throws PolyphonyError `bad_input` when `cols` is neither perspective, case nor a known attribute.
 */
export function codeMatrix(data: AnalysisData, cols: MatrixColumns): CodeMatrix {
  const index = indexAnalysis(data);
  const active = data.participants.filter((p) => index.perspectiveOf.has(p.id));
  let columnOf: (participant: string) => string | undefined;
  let columns: string[];
  if (cols === 'perspective') {
    columns = index.perspectives.map((p) => p.id);
    columnOf = (p) => index.perspectiveOf.get(p) ?? undefined;
  } else if (cols === 'case') {
    const ids = new Set(data.cases.map((c) => c.id));
    for (const p of active) if (p.case !== null) ids.add(p.case);
    columns = [...ids].sort(compareNames);
    columnOf = (p) => index.caseOf.get(p) ?? undefined;
  } else {
    const known = new Set(data.participants.flatMap((p) => Object.keys(p.attributes)));
    if (!known.has(cols)) {
      const attributes = [...known].sort(compareNames);
      throw new PolyphonyError(
        'bad_input',
        `Unknown column "${cols}": use perspective, case or one of the attributes: ${attributes.join(', ') || '(none)'}`,
        { cols, attributes },
      );
    }
    const valueOf = new Map<string, string>();
    for (const p of active) {
      const v = p.attributes[cols];
      if (v !== undefined && v !== '') valueOf.set(p.id, v);
    }
    columns = [...new Set(valueOf.values())].sort(compareNames);
    columnOf = (p) => valueOf.get(p);
  }

  // key = code + column; a NUL separator cannot occur in user-given names.
  const segs = new Map<string, Set<number>>();
  const parts = new Map<string, Set<string>>();
  const add = (key: string, seg: number, owner: string): void => {
    let s = segs.get(key);
    if (!s) segs.set(key, (s = new Set()));
    s.add(seg);
    let p = parts.get(key);
    if (!p) parts.set(key, (p = new Set()));
    p.add(owner);
  };
  const { segment, code } = data.codings;
  for (let i = 0; i < segment.length; i++) {
    const seg = segment[i] ?? -1;
    const owner = index.segmentOwner(seg);
    const c = code[i];
    if (owner === null || c === undefined) continue;
    add(`${c}\u0000`, seg, owner);
    const col = columnOf(owner);
    if (col !== undefined) add(`${c}\u0000${col}`, seg, owner);
  }
  const evidence = (key: string): Evidence => ({ segments: segs.get(key)?.size ?? 0, participants: parts.get(key)?.size ?? 0 });
  const rows = [...data.codes]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((c) => ({
      code: c.name,
      cells: Object.fromEntries(columns.map((col) => [col, evidence(`${c.id}\u0000${col}`)])),
      total: evidence(`${c.id}\u0000`),
    }));
  return { columns, rows };
}
