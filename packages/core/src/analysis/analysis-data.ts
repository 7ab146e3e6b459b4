import type { Code, Participant, Perspective, Theme, Case } from '../model/types.js';

/**
 * The lean view of a project that every computed output (theme table, triangulation, matrices,
 * case comparison) works from. The store fills it in one pass; outputs never query the store.
 * Segments and codings are column arrays rather than objects because the theme table must stay
 * fast over 100,000 codings.
 */
export interface AnalysisData {
  perspectives: Perspective[];
  cases: Case[];
  participants: Participant[];
  codes: Code[];
  themes: Theme[];
  /** One entry per anchored segment (orphans are left out). */
  segments: {
    id: string[];
    /** Participant id or null (interviewer, unmapped speaker). */
    participant: (string | null)[];
    source: string[];
  };
  /** One entry per coding: indexes into `segments`, code id and coder. */
  codings: {
    segment: number[];
    code: string[];
    coder: string[];
  };
}
