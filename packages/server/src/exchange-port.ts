import type { SearchHit } from '@polyphony/store';
import type { ApplySummaryDto, CodebookMergeDto, FileImportResultDto } from '@polyphony/core';

/** A file as bytes with its name, as an upload delivers it. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** One search hit as the store pages them (its snippet is cut by the server instead). */
export type PortSearchHit = Omit<SearchHit, 'snippet'>;

/** One event of the audit log as the store keeps it. */
export interface PortLogEvent {
  id: number | string;
  batch: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * What the report, search, import/export and audit-log routes need from a project beyond
 * `ProjectPort`'s basics: paged queries and the use cases of `@polyphony/app`. `ProjectPort`
 * extends this, so the store adapter must provide all of it.
 */
export interface ExchangePort {
  /** A page of search hits and the number of matching turns. */
  searchPage(q: string, page: { offset: number; limit: number }): Promise<{ total: number; hits: PortSearchHit[] }>;
  /** Every matched stretch of a search, for "code all hits". */
  searchMatches(q: string): Promise<(PortSearchHit & { exact: string })[]>;
  /** Codes every range with one code in one transaction, so one undo reverts them all. */
  codeRanges(code: string, ranges: readonly { source: string; start: number; end: number }[]): Promise<{ coded: number; existing: number }>;
  /** A page of the event log, newest first. */
  logPage(page: { offset: number; limit: number }): Promise<PortLogEvent[]>;
  /** Imports one transcript in its own transaction; a refused file stores nothing. */
  importTranscript(file: UploadedFile): Promise<FileImportResultDto>;
  /** Applies a participants CSV, all or nothing; answers how many rows it held. */
  importParticipants(file: UploadedFile): Promise<number>;
  /** Reads and applies an analysis file (JSON bytes), all or nothing. */
  applyAnalysisFile(file: UploadedFile): Promise<ApplySummaryDto>;
  /** Merges a REFI-QDA codebook's codes by name. */
  mergeCodebook(file: UploadedFile): Promise<CodebookMergeDto>;
  /** Renders one export format as file bytes (`bad_input` for an unknown format). */
  exportFile(format: string): Promise<Uint8Array>;
  /** Renders the report as markdown or Word. */
  reportFile(format: 'md' | 'docx'): Promise<Uint8Array>;
  /** Writes a consistent copy of the project file to `file` (SQLite online backup). */
  backupTo(file: string): Promise<void>;
}
