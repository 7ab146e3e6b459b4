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

/**
 * One coding of a source as the transcript draws it: where it sits, which code and who coded it.
 * No quote and no re-anchoring context, so that a source with 5,000 codings stays a small payload
 * (the quote is `text.slice(start, end)` of the source the page already holds).
 */
export interface SourceCodingDto {
  /** The coding's id. */
  id: string;
  segment: string;
  code: string;
  coder: string;
  start: number;
  end: number;
  /** Only when the coding has a comment. */
  comment?: string;
}

/** A source's anchored codings, lean, with the text revision their offsets belong to. */
export interface SourceCodingsDto {
  source: string;
  /** When this differs from the revision of the text the page holds, the text must be read again. */
  revision: number;
  codings: SourceCodingDto[];
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
