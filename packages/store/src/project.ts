import type { AnalysisData, Case, Code, Coding, Memo, Participant, Perspective, ProjectSnapshot, Segment, Source, Theme, Turn } from '@polyphony/core';
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Ctx } from './db/context.js';
import type { DB, Q } from './db/schema.js';
import { newId } from './db/ids.js';
import { PolyphonyError } from '@polyphony/core';
import { Writer, type BatchKind } from './events/writer.js';
import * as codes from './codes/codes.js';
import * as codings from './codings/codings.js';
import * as participants from './participants.js';
import * as info from './project-info.js';
import { addSource, type NewSource } from './sources/add-source.js';
import { findReplace, replaceSourceText, type ReplaceResult } from './sources/replace-text.js';
import { getSource, listSources, type SourceInfo } from './sources/source-queries.js';
import * as orphans from './codings/orphans.js';
import { listSegments, type SegmentFilter } from './codings/segment-queries.js';
import * as memos from './memos.js';
import * as themes from './themes/themes.js';
import { redoTarget, revertBatch, undoTarget, type UndoResult } from './events/undo.js';
import { readLog, type LogEntry, type LogOptions } from './events/log.js';
import { search, searchAll, type SearchMatch, type SearchOptions, type SearchResult } from './search/search.js';
import { loadSnapshot, snapshot, type LoadResult } from './snapshot.js';
import { analysisData, copyAnalysisData } from './analysis-data.js';
import { dataVersion } from './sqlite/data-version.js';
import { withdraw } from './withdrawal/withdraw.js';
import { completeWithdrawal, type WithdrawOptions, type WithdrawResult } from './withdrawal/complete.js';
import { withSecureDelete } from './sqlite/vacuum.js';
import { listCopies, recordCopy, type CopyRecord, type NewCopy } from './copies/copies.js';
import { readOnlyError } from './sqlite/read-only.js';
import { projectError } from './sqlite/sqlite-errors.js';
import { writeTransaction } from './sqlite/write-transaction.js';

/**
 * An open project: the façade that the CLI and the HTTP server call. It holds the connection;
 * each method delegates to the module of its concept. Every write runs in a transaction that is
 * one batch of the event log; calls inside {@link Project.transaction} join it.
 */
export class Project {
  /**
   * The transaction of the current call chain. Only calls made inside a transaction's callback
   * join it; a concurrent request of the server waits for the connection instead of slipping its
   * writes into another request's transaction (and losing them if that one rolls back).
   */
  private readonly active = new AsyncLocalStorage<Ctx>();
  /** Bumped after every transaction of this connection, committed or not: cached reads are stale. */
  private generation = 0;
  private analysisCache: { key: string; data: AnalysisData } | null = null;

  /** Use {@link openProject}. */
  constructor(
    readonly file: string,
    private readonly db: Kysely<DB>,
    private readonly sqlite: Database.Database,
    /** Who acts: recorded on every event and the default coder. */
    public actor: string,
    /** Why the file cannot be written, or null if it can (see `whyReadOnly`). */
    private readonly readOnlyReason: string | null = null,
  ) {}

  /** Whether the project file cannot be written: reads work, every change fails with `read_only`. */
  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** The transaction this call runs in, if any. */
  private get ctx(): Ctx | null {
    return this.active.getStore() ?? null;
  }

  /** The open transaction's query handle, or the database between transactions. */
  protected get q(): Q {
    return this.ctx?.q ?? this.db;
  }

  /**
   * Runs `fn` in one SQLite transaction that is one batch of the event log: all of it or none.
   * Nested calls (and every method called inside) join the outer transaction. `fn` runs once: the
   * write lock is taken before it starts (see `writeTransaction`), so another process writing the
   * same file makes it wait, never fail half-way.
   */
  async transaction<T>(fn: (project: this) => Promise<T>): Promise<T> {
    return this.run('do', null, () => fn(this));
  }

  /** Runs `fn` as a batch of the given kind (undo and redo batches name what they revert). */
  protected async run<T>(kind: BatchKind, reverts: string | null, fn: (c: Ctx) => Promise<T>): Promise<T> {
    const outer = this.ctx;
    if (outer) return fn(outer);
    if (this.readOnlyReason !== null) throw readOnlyError(this.file, this.readOnlyReason);
    try {
      // Holding the connection keeps this project's other calls out until the transaction ends.
      return await this.db.connection().execute((conn) =>
        writeTransaction(this.sqlite, this.file, () => {
          const now = new Date().toISOString();
          const c: Ctx = { q: conn, w: new Writer(conn, newId(), this.actor, now, kind, reverts), sqlite: this.sqlite, actor: this.actor, now };
          return this.active.run(c, () => fn(c));
        }),
      );
    } finally {
      this.generation++;
    }
  }

  /** What cached reads are valid for: this connection's transactions and other connections' commits. */
  private cacheKey(): string {
    return `${this.generation}:${dataVersion(this.sqlite)}`;
  }

  /** A write in its own (or the surrounding) transaction. */
  protected write<T>(fn: (c: Ctx) => Promise<T>): Promise<T> {
    return this.run('do', null, fn);
  }

  /**
   * Writes the project row of a new file, named after the file (cleaned by the name rules). Called
   * once by `openProject({ create: true })`.
   */
  async initialise(id: string, name: string): Promise<void> {
    await this.write((c) => c.w.insert('project', { id, name: info.projectNameFromFile(name), phase: 1, created_at: c.now }, 'project.create'));
  }

  private closed = false;

  /** Closes the connection (checkpointing the WAL) once the transaction in progress, if any, ends. */
  async close(): Promise<void> {
    // Closing twice is harmless (a test's cleanup, a server stopping after an error).
    if (this.closed) return;
    this.closed = true;
    await this.db.connection().execute(async () => undefined);
    await this.db.destroy();
  }

  /**
   * Copies the whole project file to `file` with SQLite's online backup, consistent even while the
   * project is open: the full-fidelity copy that keeps everything an exchange format cannot.
   */
  async backup(file: string): Promise<void> {
    if (this.ctx) throw new PolyphonyError('conflict', 'A backup cannot be taken inside a transaction');
    try {
      // Holding the connection: no transaction of this project is half-done while pages are copied.
      await this.db.connection().execute(() => this.sqlite.backup(file));
    } catch (e) {
      throw projectError(e, file);
    }
  }

  /** Identity, phase and counts. */
  info(): Promise<info.ProjectInfo> {
    return info.projectInfo(this.q);
  }
  /** Renames the project. */
  setName(name: string): Promise<void> {
    return this.write((c) => info.setName(c, name));
  }
  /** Sets the analysis phase (1–6). */
  setPhase(phase: number): Promise<void> {
    return this.write((c) => info.setPhase(c, phase));
  }

  /** Creates or updates perspectives. */
  upsertPerspectives(items: readonly Perspective[]): Promise<void> {
    return this.write((c) => participants.upsertPerspectives(c, items));
  }
  /** Creates or updates cases. */
  upsertCases(items: readonly Case[]): Promise<void> {
    return this.write((c) => participants.upsertCases(c, items));
  }
  /** Creates or updates participants (creating missing perspectives and cases). */
  upsertParticipants(items: readonly Participant[]): Promise<void> {
    return this.write((c) => participants.upsertParticipants(c, items));
  }
  /** Perspectives in table order. */
  listPerspectives(): Promise<Perspective[]> {
    return participants.listPerspectives(this.q);
  }
  /** Cases by id. */
  listCases(): Promise<Case[]> {
    return participants.listCases(this.q);
  }
  /** Participants by id. */
  listParticipants(): Promise<Participant[]> {
    return participants.listParticipants(this.q);
  }

  /** Stores a parsed source (text normalised, turns checked, indexed for search). */
  addSource(input: NewSource): Promise<Source> {
    return this.write((c) => addSource(c, input));
  }
  /** Replaces a source's text and re-anchors its segments. */
  replaceSourceText(source: string, newText: string, newTurns?: Turn[]): Promise<ReplaceResult> {
    return this.write((c) => replaceSourceText(c, source, newText, newTurns));
  }
  /** Replaces every occurrence of `find` in a source and re-anchors its segments. */
  findReplace(source: string, find: string, replaceWith: string): Promise<ReplaceResult> {
    return this.write((c) => findReplace(c, source, find, replaceWith));
  }
  /** A source with text and turns, by id or name. */
  getSource(idOrName: string): Promise<Source> {
    return getSource(this.q, idOrName);
  }
  /** All sources without their text. */
  listSources(): Promise<SourceInfo[]> {
    return listSources(this.q);
  }

  /** Creates a code. */
  createCode(input: codes.NewCode): Promise<Code> {
    return this.write((c) => codes.createCode(c, input));
  }
  /** Changes a code. */
  updateCode(idOrName: string, patch: codes.CodePatch): Promise<Code> {
    return this.write((c) => codes.updateCode(c, idOrName, patch));
  }
  /** Deletes a code and its codings. */
  deleteCode(idOrName: string): Promise<void> {
    return this.write((c) => codes.deleteCode(c, idOrName));
  }
  /** A code by id or name. */
  getCode(idOrName: string): Promise<Code> {
    return codes.getCode(this.q, idOrName);
  }
  /** All codes by name. */
  listCodes(): Promise<Code[]> {
    return codes.listCodes(this.q);
  }

  /** Codes a stretch of a source, by offsets or by quote. */
  code(input: codings.CodeInput): Promise<{ coding: Coding; segment: Segment }> {
    return this.write((c) => codings.code(c, input));
  }
  /** Removes a coding. */
  uncode(codingId: string): Promise<void> {
    return this.write((c) => codings.uncode(c, codingId));
  }
  /**
   * Codings in source order (source name, start, end, time), optionally filtered by code, source
   * (each by id or name) or coder. Filters use indexes, so one source's or one code's codings
   * cost only themselves. `unknown_code` / `unknown_source` if a filter names nothing.
   */
  listCodings(filter?: codings.CodingFilter): Promise<Coding[]> {
    return codings.listCodings(this.q, filter);
  }
  /**
   * Segments in source order (source name, start, end, id), optionally of one source (id or
   * name) and/or one state (`anchored`, `orphan`) — e.g. the highlights of a transcript view,
   * without reading the whole project. `unknown_source` / `bad_input` for a bad filter.
   */
  listSegments(filter?: SegmentFilter): Promise<Segment[]> {
    return listSegments(this.q, filter);
  }
  /** Sets a coding's comment. */
  setCodingComment(codingId: string, comment: string): Promise<Coding> {
    return this.write((c) => codings.setCodingComment(c, codingId, comment));
  }

  /** Segments whose text was lost in an edit. */
  listOrphans(): Promise<Segment[]> {
    return orphans.listOrphans(this.q);
  }
  /** Anchors a segment at new offsets or at a quote. */
  reattachSegment(segmentId: string, target: orphans.ReattachTarget): Promise<Segment> {
    return this.write((c) => orphans.reattachSegment(c, segmentId, target));
  }
  /** Deletes a segment with its codings. */
  deleteSegment(segmentId: string): Promise<void> {
    return this.write((c) => orphans.deleteSegment(c, segmentId));
  }

  /** Adds a memo (a journal entry: a project memo with a phase). */
  addMemo(input: memos.NewMemo): Promise<Memo> {
    return this.write((c) => memos.addMemo(c, input));
  }
  /** Memos, oldest first. */
  listMemos(filter?: memos.MemoFilter): Promise<Memo[]> {
    return memos.listMemos(this.q, filter);
  }

  /** Creates a theme. */
  createTheme(input: themes.NewTheme): Promise<Theme> {
    return this.write((c) => themes.createTheme(c, input));
  }
  /** Changes a theme. */
  updateTheme(idOrName: string, patch: themes.ThemePatch): Promise<Theme> {
    return this.write((c) => themes.updateTheme(c, idOrName, patch));
  }
  /** Deletes a theme. */
  deleteTheme(idOrName: string): Promise<void> {
    return this.write((c) => themes.deleteTheme(c, idOrName));
  }
  /** Adds a code to a theme. */
  addThemeCode(theme: string, code: string): Promise<void> {
    return this.write((c) => themes.addThemeCode(c, theme, code));
  }
  /** Removes a code from a theme. */
  removeThemeCode(theme: string, code: string): Promise<void> {
    return this.write((c) => themes.removeThemeCode(c, theme, code));
  }
  /** Chooses a segment as exemplar of a theme. */
  addExemplar(theme: string, segmentId: string): Promise<void> {
    return this.write((c) => themes.addExemplar(c, theme, segmentId));
  }
  /** Takes a segment off a theme's exemplar quotes. */
  removeExemplar(theme: string, segmentId: string): Promise<void> {
    return this.write((c) => themes.removeExemplar(c, theme, segmentId));
  }
  /** A theme by id or name. */
  getTheme(idOrName: string): Promise<Theme> {
    return themes.getTheme(this.q, idOrName);
  }
  /** All themes in board order. */
  listThemes(): Promise<Theme[]> {
    return themes.listThemes(this.q);
  }

  /** Reverts the latest analytic batch not yet undone (`nothing_to_undo`). */
  async undo(): Promise<UndoResult> {
    const target = await undoTarget(this.q);
    return this.run('undo', target.id, (c) => revertBatch(c, target, 'undo'));
  }
  /** Re-applies the latest undone batch (`nothing_to_redo`). */
  async redo(): Promise<UndoResult> {
    const target = await redoTarget(this.q);
    return this.run('redo', target.id, (c) => revertBatch(c, target, 'redo'));
  }
  /** The audit trail, newest first. */
  log(options?: LogOptions): Promise<LogEntry[]> {
    return readLog(this.q, options);
  }

  /** Full-text search; a page of hits and the total. */
  async search(query: string, options?: SearchOptions): Promise<SearchResult> {
    return search(this.sqlite, query, options);
  }
  /** Every matched stretch of a search. */
  async searchAll(query: string): Promise<SearchMatch[]> {
    return searchAll(this.sqlite, query);
  }

  /** Everything in the project as plain data. */
  snapshot(): Promise<ProjectSnapshot> {
    return snapshot(this.q);
  }
  /** Loads a snapshot into this (empty) project, cleaning its names; says what was repaired. */
  loadSnapshot(data: ProjectSnapshot): Promise<LoadResult> {
    return this.write((c) => loadSnapshot(c, data));
  }
  /**
   * The lean data of every computed output. Kept in memory until this project writes or another
   * connection commits to the file, so that the theme table, triangulation and matrices of one
   * unchanged project do not read 100,000 codings each time. Each call returns fresh arrays;
   * treat the objects in them as read-only.
   */
  async analysisData(): Promise<AnalysisData> {
    // Inside a transaction the data may not be committed yet: read it, never cache it.
    if (this.ctx) return analysisData(this.ctx.q, this.sqlite);
    // The key is taken before reading: a commit in between makes the entry stale, never wrong.
    const key = this.cacheKey();
    if (this.analysisCache?.key !== key) {
      const data = await this.db.transaction().execute((trx) => analysisData(trx, this.sqlite));
      this.analysisCache = { key, data };
    }
    return copyAnalysisData(this.analysisCache.data);
  }

  /**
   * Withdraws a participant: removes their words everywhere, redacts quotes of them in memos,
   * comments and definitions, clears their attributes, then purges the file and verifies it
   * (VACUUM, WAL truncated). `withdrawal_pending` if another program holds old pages past
   * `waitMs`; running it again (it is idempotent) finishes the purge. Never inside a transaction:
   * the purge must follow the commit.
   */
  async withdraw(participantId: string, options: WithdrawOptions = {}): Promise<WithdrawResult> {
    if (this.ctx) throw new PolyphonyError('conflict', 'A withdrawal cannot run inside a transaction: the file is purged after it commits');
    return withSecureDelete(this.sqlite, async () => {
      const done = await this.write((c) => withdraw(c, participantId));
      return completeWithdrawal(this.db, this.sqlite, this.file, done, options);
    });
  }

  /**
   * Records that a copy of the project's data was written outside the file (a backup, an export,
   * a report), so that a later withdrawal can name the copies that still hold the words.
   */
  recordCopy(copy: NewCopy): Promise<CopyRecord> {
    return recordCopy(this.q, this.actor, copy);
  }
  /** Every recorded copy, oldest first. */
  listCopies(): Promise<CopyRecord[]> {
    return listCopies(this.q);
  }
}
