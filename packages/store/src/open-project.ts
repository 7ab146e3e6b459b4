import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { PolyphonyError } from '@polyphony/core';
import { Kysely, SqliteDialect, type MigrationProvider } from 'kysely';
import type Database from 'better-sqlite3';
import type { DB } from './db/schema.js';
import { newId } from './db/ids.js';
import { migrationProvider } from './migrations/index.js';
import { migrate, migrationNames } from './migrations/migrate.js';
import { openConnection, useWal, withStatementCache } from './sqlite/connection.js';
import { checkFileHeader } from './sqlite/file-header.js';
import { inspectProject, type IntegrityCheck } from './sqlite/inspect-project.js';
import { openReadOnly, readOnlyError, whyReadOnly } from './sqlite/read-only.js';
import { projectError } from './sqlite/sqlite-errors.js';
import { Project } from './project.js';

/** Options of {@link openProject}. */
export interface OpenOptions {
  /** Create a new project file (`project_exists` if the file is there). */
  create?: boolean;
  /** Who acts: recorded on every event and as the default coder. Default `coder`. */
  actor?: string;
  /**
   * How much of the file is checked for damage before it is used (see `IntegrityCheck`):
   * `structure` (the default, every page) or `full` (also the search index against the text,
   * about four times slower on a large project; the server does it once at start).
   */
  check?: IntegrityCheck;
  /**
   * Never write the file, even when it could be (a backup being checked before a restore): it
   * opens as a read-only project would, an older schema migrated in a copy in memory.
   */
  readOnly?: boolean;
  /** The migrations to run; default the ones compiled in. Tests inject a failing one. */
  migrations?: MigrationProvider;
}

function kysely(sqlite: Database.Database): Kysely<DB> {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Journal files SQLite leaves beside a file that is open or was not closed cleanly. */
function hasJournal(file: string): boolean {
  return existsSync(`${file}-wal`) || existsSync(`${file}-journal`);
}

/**
 * The connection that looks at an existing file before anything is written. With a journal beside
 * the file (another process has it open, or one crashed) it is read-only: closing a read-write
 * connection would checkpoint that WAL into the file, or roll back that journal, before the file
 * is known to be one we may change.
 */
function connectForInspection(file: string): Database.Database {
  try {
    return openConnection(file, { readonly: hasJournal(file) });
  } catch (e) {
    throw projectError(e, file);
  }
}

async function openExisting(file: string, options: OpenOptions, provider: MigrationProvider): Promise<Project> {
  checkFileHeader(file);
  const known = await migrationNames(provider);
  const readOnly = options.readOnly ? 'it was opened for reading only' : whyReadOnly(file);
  let sqlite = readOnly === null ? connectForInspection(file) : openReadOnly(file, readOnly);
  let db: Kysely<DB> | undefined;
  try {
    const inspection = inspectProject(sqlite, file, known, options.check ?? 'structure');
    // Only now is the file known to be ours: reopen read-write if it was looked at read-only.
    if (readOnly === null && sqlite.readonly) {
      sqlite.close();
      sqlite = openConnection(file);
    }
    if (readOnly === null) useWal(sqlite);
    db = kysely(sqlite);
    // A read-only project of an older schema is migrated in its in-memory copy, never on disk.
    await migrate(db, sqlite, file, inspection, provider);
    return new Project(file, db, sqlite, options.actor ?? 'coder', readOnly);
  } catch (e) {
    if (db) await db.destroy();
    else sqlite.close();
    throw projectError(e, file);
  }
}

/** Creates the file itself first (O_EXCL), so two `init`s cannot both take the same name. */
function claim(file: string): void {
  try {
    closeSync(openSync(file, 'wx'));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST') throw new PolyphonyError('project_exists', `${file} already exists; choose another name or remove it`, { file });
    if (code === 'ENOSPC') throw new PolyphonyError('disk_full', `The disk is full: ${file} cannot be created. Free some space and try again.`, { file });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw readOnlyError(file, `its folder cannot be written (${code}), so it cannot be created`);
    throw e;
  }
}

async function create(file: string, options: OpenOptions, provider: MigrationProvider): Promise<Project> {
  claim(file);
  let project: Project | undefined;
  try {
    const sqlite = openConnection(file);
    const db = kysely(sqlite);
    project = new Project(file, db, sqlite, options.actor ?? 'coder', null);
    useWal(sqlite);
    await migrate(db, sqlite, file, { adopt: true, pending: await migrationNames(provider) }, provider);
    const name = basename(file, extname(file));
    await project.transaction(async () => project?.initialise(newId(), name));
    return project;
  } catch (e) {
    // Nothing of a project that was not finished stays behind: the file is ours, made above.
    await project?.close().catch(() => undefined);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    throw projectError(e, file);
  }
}

/**
 * Opens (or with `create` makes) a project file: one SQLite database in WAL mode, migrated to the
 * newest schema. `project_not_found` if it is missing, `project_exists` if creating over a file.
 *
 * Before anything is written the file is checked to be a Polyphony project that this version may
 * change, and refused otherwise with the file unchanged (not a byte, not its time, no journal left
 * beside it): `not_a_project` (empty, not SQLite, another program's database), `schema_too_new`,
 * `corrupt_project` (with the advice to restore a backup). A file that cannot be written (or whose
 * folder cannot) opens read-only: reads work, changes fail with `read_only`.
 */
export async function openProject(file: string, options: OpenOptions = {}): Promise<Project> {
  const provider = options.migrations ?? migrationProvider;
  if (options.create) return create(file, options, provider);
  if (!existsSync(file)) throw new PolyphonyError('project_not_found', `There is no project at ${file}; create one with init`, { file });
  return openExisting(file, options, provider);
}
