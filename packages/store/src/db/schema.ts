import type { Kysely, Transaction } from 'kysely';

/**
 * The tables of a project database as Kysely sees them. Column names are snake_case; every id is
 * text so that the same queries run on SQLite and PostgreSQL. Offsets are UTF-16 code units of the
 * source's normalised text. JSON columns hold text (`attributes`, `summaries`, event rows).
 */
export interface ProjectTable { id: string; name: string; phase: number; created_at: string }
/** A perspective row. */
export interface PerspectiveTable { id: string; label: string; sort: number }
/** A case row. */
export interface CaseTable { id: string; label: string }
/** A participant row; `attributes` is a JSON object of strings. */
export interface ParticipantTable { id: string; perspective: string | null; case_id: string | null; attributes: string; status: string }
/** A coder row. */
export interface CoderTable { id: string; name: string }
/** A source row; `language` picks the stemmer of its search rows. */
export interface SourceTable {
  id: string; name: string; kind: string; participant: string | null; text: string; revision: number;
  format: string; language: string; created_at: string;
  /** UTF-16 code units of `text`; set by every write (and by migration 003 for older rows). */
  text_length: number | null;
  /** Number of turns, kept like `text_length`. */
  turn_count: number | null;
}
/** A speaker turn; `search_rowid` is the stable integer key of its row in the search index. */
export interface TurnTable {
  source_id: string; seq: number; speaker: string; participant: string | null; is_interviewer: number;
  start_pos: number; end_pos: number; text_start: number; start_ms: number | null; end_ms: number | null;
  search_rowid: number;
}
/** A code row. */
export interface CodeTable {
  id: string; name: string; description: string; color: string; parent: string | null; created_by: string; created_at: string;
}
/** A segment row (position + quote selector). */
export interface SegmentTable {
  id: string; source_id: string; start_pos: number; end_pos: number; exact: string; prefix: string; suffix: string;
  revision: number; status: string; participant: string | null;
}
/** A coding row. */
export interface CodingTable { id: string; code_id: string; segment_id: string; coder: string; comment: string; created_at: string }
/** A memo row. */
export interface MemoTable {
  id: string; target_kind: string; target_id: string | null; author: string; created_at: string; text: string; phase: number | null;
}
/** A theme row; `summaries` is a JSON object perspective → text. */
export interface ThemeTable {
  id: string; name: string; definition: string; status: string; perspective: string | null; parent: string | null;
  relation: string | null; note: string; summaries: string; sort: number;
}
/** A theme ↔ code link. */
export interface ThemeCodeTable { theme_id: string; code_id: string; sort: number }
/** A theme's exemplar segment. */
export interface ThemeExemplarTable { theme_id: string; segment_id: string; sort: number }
/** A cross-cutting theme drawing on another theme. */
export interface ThemeDrawsOnTable { theme_id: string; draws_on: string; sort: number }
/** One user action (or an undo/redo of one); `undone` is the only column ever updated. */
export interface BatchTable {
  id: string; seq: number; actor: string; at: string; kind: string; reverts: string | null; analytic: number; undone: number;
}
/** One row change in the append-only log; `before`/`after` are JSON rows or null. */
export interface EventTable {
  id: number; batch: string; actor: string; at: string; action: string; entity: string; entity_id: string;
  before: string | null; after: string | null;
}
/**
 * A copy of the project's data written outside the file: `kind` backup, export or report,
 * `format` the export format (or `polyphony` for a backup, `md`/`docx` for a report), `path`
 * where it was written when known (null for a server download), `via` cli or server; `seq` the
 * order they were written in.
 */
export interface CopyTable { id: string; seq: number; at: string; actor: string; kind: string; format: string; path: string | null; via: string }

/** The whole database. */
export interface DB {
  project: ProjectTable;
  perspectives: PerspectiveTable;
  cases: CaseTable;
  participants: ParticipantTable;
  coders: CoderTable;
  sources: SourceTable;
  turns: TurnTable;
  codes: CodeTable;
  segments: SegmentTable;
  codings: CodingTable;
  memos: MemoTable;
  themes: ThemeTable;
  theme_codes: ThemeCodeTable;
  theme_exemplars: ThemeExemplarTable;
  theme_draws_on: ThemeDrawsOnTable;
  batches: BatchTable;
  events: EventTable;
  copies: CopyTable;
}

/** A query handle: the database or the open transaction. */
export type Q = Kysely<DB> | Transaction<DB>;
