import type { ErrorCode } from '@polyphony/core';

/**
 * Exit codes of the `polyphony` command, stable for scripts:
 * 0 success · 1 unexpected failure (a bug) · 2 usage error (unknown option, missing argument) ·
 * 3 bad input (a file, quote, query or value that cannot be used; a name that breaks the name
 * rules, `invalid_name`; a file over a size or nesting limit: `file_too_large`,
 * `nesting_too_deep`) · 4 something named does not exist · 5 conflict with what exists (or
 * with another program holding the file: a withdrawal whose purge is pending) · 6 a batch
 * finished but some items failed · 7 the project cannot be written now (read-only, disk full,
 * locked by another program): the same command can succeed once that is fixed.
 */
export const EXIT = { ok: 0, bug: 1, usage: 2, badInput: 3, notFound: 4, conflict: 5, partial: 6, unavailable: 7 } as const;

const notFound: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'not_found', 'unknown_code', 'unknown_participant', 'unknown_perspective', 'unknown_theme',
  'unknown_source', 'project_not_found',
]);
const conflict: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'already_exists', 'duplicate_name', 'project_exists', 'conflict', 'nothing_to_undo', 'nothing_to_redo',
  'schema_too_new', 'withdrawn_participant', 'withdrawal_pending',
]);

const unavailable: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['read_only', 'disk_full', 'project_busy']);

/** Maps an error code to the exit code a script sees. */
export function exitCodeFor(code: ErrorCode): number {
  if (unavailable.has(code)) return EXIT.unavailable;
  if (notFound.has(code)) return EXIT.notFound;
  if (conflict.has(code)) return EXIT.conflict;
  return EXIT.badInput;
}
