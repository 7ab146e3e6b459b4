/**
 * The analysis data model shared by every package (see DESIGN.md, "Analysis model").
 * Ids are opaque strings. Participant ids are pseudonyms (J1) and perspective ids short letters
 * (J, T, S); everything else gets a generated id. Times are ISO-8601 UTC strings.
 * All offsets are UTF-16 code units into a source's normalised text (see `normaliseText`).
 */

/** A participant group, e.g. `{ id: 'J', label: 'Jobseekers' }`. */
export interface Perspective {
  id: string;
  label: string;
  /** Position in tables and boards (0 first). */
  sort: number;
}

/** A unit that groups participants across perspectives, e.g. a collaborating group G1. */
export interface Case {
  id: string;
  label: string;
}

/** Whether a participant's words may be used. Withdrawn participants have no words left. */
export type ParticipantStatus = 'active' | 'withdrawn';

/** A person in the study, known only by pseudonym. */
export interface Participant {
  id: string;
  perspective: string | null;
  case: string | null;
  /** Free attributes from the participants CSV (age_band, gender, profession, …). */
  attributes: Record<string, string>;
  status: ParticipantStatus;
}

/** Someone who codes (a user of the project). */
export interface Coder {
  id: string;
  name: string;
}

/** What kind of document a source is. */
export type SourceKind = 'interview' | 'meeting' | 'check-in' | 'field-note' | 'document';

/** One speaker turn inside a source's text. */
export interface Turn {
  /** 0-based order in the source. */
  seq: number;
  /** The label as written in the file (`J1`, `Interviewer`, `Kari`). */
  speaker: string;
  /** The participant who speaks, or null for interviewers and unmapped speakers. */
  participant: string | null;
  isInterviewer: boolean;
  /** Span of the whole paragraph, label included: [start, end). */
  start: number;
  end: number;
  /** Where the spoken words begin (after `Label: `). */
  textStart: number;
  /** Media time in milliseconds, when the format has it (WebVTT, SRT). */
  startMs: number | null;
  endMs: number | null;
}

/** A document under analysis. */
export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  /** The participant whose interview this is (from the file name or the only speaker). */
  participant: string | null;
  /** Normalised text (see `normaliseText`). */
  text: string;
  /** Increases by one on every text change; segments remember the revision they were made on. */
  revision: number;
  turns: Turn[];
  /** The format it came from: txt, docx, vtt, srt, qdpx, … */
  format: string;
  createdAt: string;
}

/** A code in the codebook. */
export interface Code {
  id: string;
  name: string;
  description: string;
  /** `#rrggbb`. */
  color: string;
  parent: string | null;
  createdBy: string;
  createdAt: string;
}

/** Anchoring state of a segment: `orphan` means its text could not be found after an edit. */
export type SegmentStatus = 'anchored' | 'orphan';

/**
 * A stretch of a source's text, stored off the text as position + quote + context
 * (W3C Web Annotation TextPositionSelector + TextQuoteSelector).
 */
export interface Segment {
  id: string;
  source: string;
  start: number;
  end: number;
  /** The quoted text: `text.slice(start, end)` when anchored. */
  exact: string;
  /** Up to 32 characters before and after, for re-anchoring. */
  prefix: string;
  suffix: string;
  /** Source revision the anchor was last confirmed on. */
  revision: number;
  status: SegmentStatus;
  /** Participant whose turn contains the segment's start; null for interviewer turns. */
  participant: string | null;
}

/** A code applied to a segment by one coder. */
export interface Coding {
  id: string;
  code: string;
  segment: string;
  coder: string;
  comment: string;
  createdAt: string;
}

/** What a memo is attached to. Journal entries are project memos with a phase. */
export type MemoTargetKind = 'project' | 'source' | 'code' | 'theme' | 'coding';

/** A dated note; with `phase` set on a project memo it is a reflexive journal entry. */
export interface Memo {
  id: string;
  targetKind: MemoTargetKind;
  targetId: string | null;
  author: string;
  createdAt: string;
  text: string;
  phase: number | null;
}

/** Theme development status. */
export type ThemeStatus = 'candidate' | 'reviewed' | 'defined';
/** How perspectives relate on a cross-cutting theme. */
export type Relation = 'convergent' | 'divergent' | 'complementary' | 'silent';

/** A theme or subtheme; with `perspective` null it is cross-cutting (triangulation). */
export interface Theme {
  id: string;
  name: string;
  definition: string;
  status: ThemeStatus;
  perspective: string | null;
  parent: string | null;
  /** Code ids gathered in the theme. */
  codes: string[];
  /** Segment ids chosen as exemplar quotes. */
  exemplars: string[];
  /** Cross-cutting themes: the relation between perspectives, a note, a summary per perspective. */
  relation: Relation | null;
  note: string;
  summaries: Record<string, string>;
  /** Cross-cutting themes: the perspective themes this one draws on (theme ids). */
  drawsOn: string[];
  sort: number;
}

/** The six phases of reflexive thematic analysis (Braun & Clarke), 1-based. */
export const PHASES = [
  'Familiarising with the data',
  'Generating initial codes',
  'Generating themes',
  'Reviewing themes',
  'Defining and naming themes',
  'Producing the report',
] as const;

/** A phase number 1..6. */
export type Phase = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Everything in a project as plain data: what backups, REFI-QDA export/import and round-trip
 * tests exchange. Arrays are in a stable order (by sort, then name or position).
 */
export interface ProjectSnapshot {
  /** A stable project id (UUID), kept across exports so that exchange files keep their GUIDs. */
  id: string;
  name: string;
  phase: Phase;
  perspectives: Perspective[];
  cases: Case[];
  participants: Participant[];
  coders: Coder[];
  sources: Source[];
  codes: Code[];
  segments: Segment[];
  codings: Coding[];
  memos: Memo[];
  themes: Theme[];
}
