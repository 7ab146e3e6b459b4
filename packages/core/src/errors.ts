/**
 * The one error model of Polyphony. Every failure a user can cause carries a stable `code`
 * (snake_case, never renamed once released) that the CLI maps to an exit code and the HTTP
 * layer maps to a status. `details` holds machine-readable context (the closest text, the
 * list of matches, the offending line) so that shells can print more than the message.
 */
export type ErrorCode =
  | 'bad_input'
  | 'not_found'
  | 'already_exists'
  | 'quote_not_found'
  | 'quote_ambiguous'
  | 'offsets_out_of_range'
  | 'unknown_code'
  | 'unknown_participant'
  | 'unknown_perspective'
  | 'unknown_theme'
  | 'unknown_source'
  | 'duplicate_name'
  /** A name breaks the name rules (empty, control or invisible characters, too long): ADR 008. */
  | 'invalid_name'
  | 'parse_error'
  | 'unsupported_format'
  | 'file_too_large'
  | 'unsafe_archive'
  /** A document nests deeper than the reader's limit (XML elements, JSON lists and objects). */
  | 'nesting_too_deep'
  | 'analysis_invalid'
  | 'nothing_to_undo'
  | 'nothing_to_redo'
  | 'project_not_found'
  | 'project_exists'
  | 'schema_too_new'
  /** The file is not a Polyphony project (empty, not SQLite, or another program's database). */
  | 'not_a_project'
  /** The project file is damaged (SQLite found broken pages); restore it from a backup. */
  | 'corrupt_project'
  /** The project file, or the folder it is in, cannot be written; reading still works. */
  | 'read_only'
  /** The disk holding the project is full; the change was not saved. */
  | 'disk_full'
  /** Another program kept the project locked for writing longer than Polyphony waits. */
  | 'project_busy'
  | 'withdrawn_participant'
  /** A withdrawal committed but the file still holds old pages (another program reads it). */
  | 'withdrawal_pending'
  | 'conflict';

/** A user-facing failure with a stable code. Never thrown for programming errors. */
export class PolyphonyError extends Error {
  override readonly name = 'PolyphonyError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Type guard that also works across package copies (checks the shape, not the prototype). */
export function isPolyphonyError(e: unknown): e is PolyphonyError {
  return e instanceof Error && e.name === 'PolyphonyError' && typeof (e as { code?: unknown }).code === 'string';
}
