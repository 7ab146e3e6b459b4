import type {
  Case, Code, Coding, Memo, Participant, Perspective, Phase, Relation, Segment, Source, SourceKind, Theme, ThemeStatus,
} from '../model/types.js';
import type { ThemeTable } from '../analysis/theme-table.js';
import type { TriangulationRow } from '../analysis/triangulation.js';

/** What the workbench shows in its header: the project's name, phase and sizes. */
export interface ProjectInfoDto {
  name: string;
  phase: Phase;
  counts: { sources: number; participants: number; codes: number; codings: number; themes: number };
}

/** A source without its text, for the sources pane. */
export interface SourceSummaryDto {
  id: string;
  name: string;
  kind: SourceKind;
  participant: string | null;
  /** Perspective and case of the source's participant (null for group transcripts). */
  perspective: string | null;
  case: string | null;
  /** Length of the text in UTF-16 code units. */
  length: number;
  turns: number;
}

/** A coding together with the segment it marks: one highlight in the transcript. */
export interface CodingDto {
  coding: Coding;
  segment: Segment;
}

/** A code with how often it is used, overall and per perspective (the code tree's counts). */
export interface CodeDto extends Code {
  codings: number;
  byPerspective: Record<string, number>;
}

/** One hit of the full-text search, with a snippet around it. */
export interface SearchHitDto {
  source: string;
  sourceName: string;
  start: number;
  end: number;
  snippet: string;
}

/** One entry of the audit log. */
export interface LogEntryDto {
  id: string;
  at: string;
  actor: string;
  action: string;
  summary: string;
}

/** Result of undo/redo: what was undone or redone. */
export interface UndoResultDto {
  action: string;
  summary: string;
}

/** The body of every API error: the HTTP status, a stable code and a human message. */
export interface ApiErrorBody {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export type {
  Case, Code, Coding, Memo, Participant, Perspective, Phase, Relation, Segment, Source, Theme, ThemeStatus, ThemeTable,
  TriangulationRow,
};
