import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PolyphonyError } from '@polyphony/core';
import { configureConnection, openConnection } from './connection.js';

/** A read-only project up to this size is read into memory rather than opened in place. */
const IN_MEMORY_LIMIT = 1024 * 1024 * 1024;

function errno(e: unknown): string {
  return (e as { code?: string } | null)?.code ?? String(e);
}

/**
 * Why `file` cannot be written, or null if it can. The folder counts too: in WAL mode SQLite
 * creates `-wal` and `-shm` files beside the project. Checked with access(2), which also sees a
 * read-only mount and an immutable file (chattr +i), where root's permission bits do not.
 */
export function whyReadOnly(file: string): string | null {
  try {
    accessSync(file, constants.W_OK);
  } catch (e) {
    return `the file cannot be written (${errno(e)})`;
  }
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
  } catch (e) {
    return `its folder cannot be written (${errno(e)}), and SQLite keeps its journal beside the file`;
  }
  return null;
}

/** The `read_only` error of a change to a project that cannot be written, and why. */
export function readOnlyError(file: string, reason: string): PolyphonyError {
  return new PolyphonyError(
    'read_only',
    `${file} is read-only: ${reason}. It can be read (info, table, report, export, backup, serve) but not changed; nothing was changed.`,
    { file, reason },
  );
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * SQLite only: opens a project that cannot be written, without creating anything beside it. SQLite
 * cannot open a WAL-mode file in place where it may not create its `-shm` (a read-only folder or
 * mount), so a file whose changes are all in it (no WAL left over) is read into memory — its size
 * in RAM, up to 1 GiB — with its header set to rollback mode. A bigger file, or one with a WAL
 * beside it, is opened in place, read-only, if SQLite can.
 */
export function openReadOnly(file: string, reason: string): Database.Database {
  if (walSize(file) === 0 && statSync(file).size <= IN_MEMORY_LIMIT) {
    const bytes = readFileSync(file);
    bytes[18] = 1;
    bytes[19] = 1;
    const db = new Database(bytes);
    configureConnection(db);
    return db;
  }
  try {
    return openConnection(file, { readonly: true });
  } catch (e) {
    throw readOnlyError(file, `${reason}, and SQLite cannot open it there (${e instanceof Error ? e.message : String(e)}); copy it to a folder you can write`);
  }
}
