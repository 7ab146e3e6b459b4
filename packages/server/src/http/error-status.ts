import type { ErrorCode } from '@polyphony/core';

/** Codes the HTTP edge adds to the domain's `ErrorCode`s. */
export type HttpOnlyCode = 'unauthorized' | 'forbidden_host' | 'route_not_found' | 'internal'
  /** An uploaded file was read and refused; nothing of it was stored (details hold the reason). */
  | 'file_rejected'
  /** A state-changing request from another web page (its Origin or Sec-Fetch-Site says so). */
  | 'forbidden_origin'
  /** The route exists, but not for this method (the `Allow` header lists the ones it takes). */
  | 'method_not_allowed'
  /** The body is not of the one content type the route reads (JSON, or bytes for uploads). */
  | 'unsupported_media_type'
  /** The body is larger than the route's limit (the message names it). */
  | 'body_too_large'
  /** The request line cannot be read: a broken percent-escape, a malformed request. */
  | 'bad_url'
  /** The address, or one part of its path, is longer than the server reads. */
  | 'url_too_long'
  /** The request line and headers together are larger than Node reads. */
  | 'headers_too_large'
  /** The client took too long to send its request. */
  | 'request_timeout';

/**
 * The one table from error code to HTTP status. `satisfies` makes the compiler insist on an
 * entry for every domain code, so a new `ErrorCode` cannot silently become a 500.
 */
export const ERROR_STATUS = {
  bad_input: 400,
  parse_error: 400,
  bad_url: 400,
  unauthorized: 401,
  forbidden_host: 403,
  forbidden_origin: 403,
  not_found: 404,
  route_not_found: 404,
  project_not_found: 404,
  unknown_code: 404,
  unknown_participant: 404,
  unknown_perspective: 404,
  unknown_theme: 404,
  unknown_source: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  already_exists: 409,
  duplicate_name: 409,
  project_exists: 409,
  conflict: 409,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  schema_too_new: 409,
  read_only: 409,
  withdrawn_participant: 409,
  withdrawal_pending: 409,
  file_too_large: 413,
  body_too_large: 413,
  url_too_long: 414,
  unsupported_format: 415,
  unsupported_media_type: 415,
  file_rejected: 422,
  quote_not_found: 422,
  quote_ambiguous: 422,
  offsets_out_of_range: 422,
  unsafe_archive: 422,
  nesting_too_deep: 422,
  analysis_invalid: 422,
  not_a_project: 422,
  invalid_name: 422,
  headers_too_large: 431,
  internal: 500,
  // The request was fine; the server's own project file is damaged.
  corrupt_project: 500,
  // Another program holds the write lock: temporary, the same request can be sent again.
  project_busy: 503,
  disk_full: 507,
} as const satisfies Record<ErrorCode | HttpOnlyCode, number>;

/** The HTTP status for an error code; unknown codes (from a newer store) are client errors. */
export function statusForCode(code: string): number {
  return (ERROR_STATUS as Record<string, number>)[code] ?? 400;
}
