import type { ErrorCode } from '@polyphony/core';

/** Codes the HTTP edge adds to the domain's `ErrorCode`s. */
export type HttpOnlyCode = 'unauthorized' | 'forbidden_host' | 'route_not_found' | 'internal'
  /** An uploaded file was read and refused; nothing of it was stored (details hold the reason). */
  | 'file_rejected';

/**
 * The one table from error code to HTTP status. `satisfies` makes the compiler insist on an
 * entry for every domain code, so a new `ErrorCode` cannot silently become a 500.
 */
export const ERROR_STATUS = {
  bad_input: 400,
  parse_error: 400,
  unauthorized: 401,
  forbidden_host: 403,
  not_found: 404,
  route_not_found: 404,
  project_not_found: 404,
  unknown_code: 404,
  unknown_participant: 404,
  unknown_perspective: 404,
  unknown_theme: 404,
  unknown_source: 404,
  already_exists: 409,
  duplicate_name: 409,
  project_exists: 409,
  conflict: 409,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  schema_too_new: 409,
  withdrawn_participant: 409,
  file_too_large: 413,
  unsupported_format: 415,
  file_rejected: 422,
  quote_not_found: 422,
  quote_ambiguous: 422,
  offsets_out_of_range: 422,
  unsafe_archive: 422,
  nesting_too_deep: 422,
  analysis_invalid: 422,
  internal: 500,
} as const satisfies Record<ErrorCode | HttpOnlyCode, number>;

/** The HTTP status for an error code; unknown codes (from a newer store) are client errors. */
export function statusForCode(code: string): number {
  return (ERROR_STATUS as Record<string, number>)[code] ?? 400;
}
