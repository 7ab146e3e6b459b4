import { PHASES, type Phase, type Relation } from '../model/types.js';
import type { AnalysisData } from './analysis-data.js';
import { indexAnalysis, themesInTableOrder } from './analysis-index.js';
import { tableOne, type TableOne } from './table-one.js';
import { evidenceText } from './table-one-words.js';
import { themeTable, type ThemeTablePerspective } from './theme-table.js';
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
  /** "Table 1", in English (see `tableOne`). */
  table: TableOne;
  themes: ReportTheme[];
  triangulation: ReportTriangulation[];
  journal: ReportJournalPhase[];
}

/**
 * Builds the report model. Exemplars of withdrawn or unknown participants, or of unknown themes, are
 * left out: a withdrawn participant's words must never reach a report. Cross-cutting themes appear
 * in the themes section and the triangulation; "Table 1", whose columns are perspectives, names
 * them in its note.
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
    table: tableOne(table),
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
