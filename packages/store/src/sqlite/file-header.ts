import { closeSync, openSync, readSync } from 'node:fs';
import { PolyphonyError } from '@polyphony/core';

/**
 * SQLite only: the `PRAGMA application_id` of every Polyphony project, "Poly" in ASCII
 * (0x506F6C79). SQLite keeps it at byte 68 of the file header, so Polyphony (and `file(1)`) can
 * tell a project from another program's database before opening it. Files made before the id was
 * set carry 0 and are recognised by their tables (see `inspectProject`).
 */
export const APPLICATION_ID = 0x506f6c79;

/** The 16 bytes every SQLite 3 database starts with. */
const MAGIC = 'SQLite format 3\u0000';
/** SQLite's header is 100 bytes; the smallest database is one 512-byte page. */
const HEADER_BYTES = 100;

/** The `not_a_project` refusal: `what` says what the file is instead, `kind` names it for scripts. */
export function notAProject(file: string, what: string, kind: string): PolyphonyError {
  return new PolyphonyError('not_a_project', `${file} is not a Polyphony project: ${what}. Nothing was changed.`, { file, kind });
}

/** The refusal of another program's database, which marks itself with its own application id. */
export function foreignId(file: string, applicationId: number): PolyphonyError {
  const hex = (applicationId >>> 0).toString(16).padStart(8, '0');
  return notAProject(file, `it is another program's SQLite database (application id 0x${hex})`, 'foreign');
}

/**
 * Reads a file's SQLite header with plain file reads, before SQLite touches it, and refuses what
 * is plainly not ours with `not_a_project`: an empty file (SQLite would silently make it a new
 * database), a file that is not SQLite, and another program's database (an application id that
 * is neither ours nor 0; an id 0 is decided by the tables, see `inspectProject`).
 */
export function checkFileHeader(file: string): void {
  const bytes = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, bytes, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) throw notAProject(file, 'the file is empty (0 bytes)', 'empty');
  if (read < HEADER_BYTES || bytes.toString('latin1', 0, 16) !== MAGIC) throw notAProject(file, 'it is not an SQLite database', 'not_sqlite');
  const applicationId = bytes.readUInt32BE(68);
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) throw foreignId(file, applicationId);
}
