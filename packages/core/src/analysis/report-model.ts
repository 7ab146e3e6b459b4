import { PHASES, type Phase, type Relation } from '../model/types.js';
import type { AnalysisData } from './analysis-data.js';
import { indexAnalysis, themesInTableOrder } from './analysis-index.js';
import { themeTable, type ThemeTablePerspective, type ThemeTableRow } from './theme-table.js';
import { triangulation } from './triangulation.js';

/** An exemplar quote chosen for a theme, with the pseudonym of who said it. */
export interface ReportExemplarInput {
  themeId: string;
  quote: string;
  participant: string;
}

/** A reflexive journal entry. `at` is an ISO-8601 time. */
export interface ReportJournalInput {
  phase: Phase;
  at: string;
  author: string;
  text: string;
}

/** What a report is built from: the analysis plus what only the project knows. */
export interface ReportInput extends AnalysisData {
  title: string;
  phase: Phase;
  /** The report's date (YYYY-MM-DD); today (UTC) when left out. */
  date?: string;
  exemplars: ReportExemplarInput[];
  journal: ReportJournalInput[];
}

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

/** An exemplar as printed: `"…" (J5)`. */
export interface ReportQuote {
  quote: string;
  participant: string;
  citation: string;
}

/** A theme with its definition, evidence and exemplars. */
export interface ReportTheme {
  name: string;
  perspective: string | null;
  /** The perspective's label, or "Cross-cutting". */
  perspectiveLabel: string;
  level: 'main' | 'sub';
  parent: string | null;
  definition: string;
  evidence: string;
  exemplars: ReportQuote[];
}

/** A cross-cutting theme as printed: each perspective's voice, the relation and who is silent. */
export interface ReportTriangulation {
  name: string;
  relation: Relation | null;
  note: string;
  voices: { perspective: string; label: string; summary: string; evidence: string }[];
  /** Labels of the silent perspectives. */
  silent: string[];
}

/** Journal entries of one phase, oldest first. */
export interface ReportJournalPhase {
  phase: Phase;
  name: string;
  entries: { at: string; author: string; text: string }[];
}

/** Everything a report shows, ready for a renderer (markdown, docx, html) that only lays it out. */
export interface ReportModel {
  title: string;
  date: string;
  phase: { number: Phase; name: string };
  perspectives: ThemeTablePerspective[];
  /** "Table 1": `header` holds the perspective labels, one per cell of each row. */
  table: { header: string[]; rows: ReportTableRow[] };
  themes: ReportTheme[];
  triangulation: ReportTriangulation[];
  journal: ReportJournalPhase[];
}

/** `n segments, k of N participants`, with the singular where it reads better. */
export function evidenceText(segments: number, participants: number, of: number): string {
  return `${segments} segment${segments === 1 ? '' : 's'}, ${participants} of ${of} participant${of === 1 ? '' : 's'}`;
}

/**
 * Builds the report model. Exemplars of withdrawn or unknown participants, or of unknown themes, are
 * left out: a withdrawn participant's words must never reach a report. Cross-cutting themes appear
 * in the themes section and the triangulation, not in "Table 1", whose columns are perspectives.
 */
export function buildReport(input: ReportInput): ReportModel {
  const index = indexAnalysis(input);
  const table = themeTable(input);
  const themes = themesInTableOrder(input, index);
  const total = [...index.activeCount.values()].reduce((a, b) => a + b, 0);
  const ofFor = (perspective: string | null): number =>
    perspective === null ? total : (index.activeCount.get(perspective) ?? 0);
  const labelOf = new Map(table.perspectives.map((p) => [p.id, p.label]));

  const quotes = new Map<string, ReportQuote[]>();
  for (const e of input.exemplars) {
    if (!index.perspectiveOf.has(e.participant) || !index.themeById.has(e.themeId)) continue;
    const list = quotes.get(e.themeId) ?? [];
    list.push({ quote: e.quote, participant: e.participant, citation: `"${e.quote.trim()}" (${e.participant})` });
    quotes.set(e.themeId, list);
  }

  return {
    title: input.title,
    date: input.date ?? new Date().toISOString().slice(0, 10),
    phase: { number: input.phase, name: PHASES[input.phase - 1] ?? '' },
    perspectives: table.perspectives,
    table: tableOne(table.perspectives, table.themes, ofFor),
    themes: table.themes.map((row, i) => ({
      name: row.name,
      perspective: row.perspective,
      perspectiveLabel: row.perspective === null ? 'Cross-cutting' : (labelOf.get(row.perspective) ?? row.perspective),
      level: row.level,
      parent: row.parent,
      definition: row.definition,
      evidence: evidenceText(row.segments, row.participants, ofFor(row.perspective)),
      exemplars: quotes.get(themes[i]?.id ?? '') ?? [],
    })),
    triangulation: triangulation(input).map((t) => ({
      name: t.name,
      relation: t.relation,
      note: t.note,
      voices: table.perspectives.map((p) => {
        const v = t.perspectives[p.id] ?? { summary: '', segments: 0, participants: 0 };
        return { perspective: p.id, label: p.label, summary: v.summary, evidence: evidenceText(v.segments, v.participants, p.participants) };
      }),
      silent: t.silent.map((id) => labelOf.get(id) ?? id),
    })),
    journal: journalByPhase(input.journal),
  };
}

/**
 * Lays the perspective themes out as a paper's "Table 1": the k-th main theme of every perspective
 * side by side, then their subthemes row by row. With more than one main theme in a perspective the
 * rows are numbered ("Main theme 2").
 */
function tableOne(
  perspectives: ThemeTablePerspective[],
  rows: ThemeTableRow[],
  ofFor: (perspective: string | null) => number,
): ReportModel['table'] {
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

/** Groups journal entries by phase (1 → 6), oldest entry first; phases without entries are left out. */
function journalByPhase(entries: ReportJournalInput[]): ReportJournalPhase[] {
  const phases: Phase[] = [1, 2, 3, 4, 5, 6];
  return phases.flatMap((phase) => {
    const name = PHASES[phase - 1] ?? '';
    const inPhase = entries
      .filter((e) => e.phase === phase)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .map(({ at, author, text }) => ({ at, author, text }));
    return inPhase.length === 0 ? [] : [{ phase, name, entries: inPhase }];
  });
}
