/**
 * @polyphony/store — a project's persistence: one SQLite file (WAL) through Kysely, with an
 * append-only event log, undo/redo, full-text search and withdrawal.
 */
export { openProject, type OpenOptions } from './open-project.js';
export { Project } from './project.js';
export type { ProjectInfo } from './project-info.js';
export type { LoadResult } from './snapshot.js';
export type { NewSource } from './sources/add-source.js';
export type { ReplaceResult } from './sources/replace-text.js';
export type { SourceInfo } from './sources/source-queries.js';
export type { NewCode, CodePatch } from './codes/codes.js';
export type { CodeInput, CodingFilter } from './codings/codings.js';
export type { ReattachTarget } from './codings/orphans.js';
export type { SegmentFilter } from './codings/segment-queries.js';
export type { NewMemo, MemoFilter } from './memos.js';
export type { NewTheme, ThemePatch } from './themes/themes.js';
export type { UndoResult } from './events/undo.js';
export type { LogEntry, LogOptions } from './events/log.js';
export type { SearchHit, SearchMatch, SearchOptions, SearchResult } from './search/search.js';
export type { Withdrawal } from './withdrawal/withdraw.js';
export type { WithdrawOptions, WithdrawResult } from './withdrawal/complete.js';
export type { RedactedKind, RedactedText } from './withdrawal/redact-rows.js';
export type { RemovedCounts } from './withdrawal/remove-words.js';
export { DEFAULT_PURGE_WAIT_MS, type PurgeBlock, type PurgeReport } from './withdrawal/purge.js';
export type { CopyKind, CopyRecord, CopyVia, NewCopy } from './copies/copies.js';
