import { isPolyphonyError, type ApiErrorBody } from '@polyphony/core';
import type { FastifyError } from 'fastify';
import { statusForCode, type HttpOnlyCode } from './error-status.js';

/** An error raised by the HTTP layer itself (auth, routing, bodies), with a code from the status table. */
export class HttpError extends Error {
  constructor(
    readonly code: HttpOnlyCode | 'bad_input',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** What the HTTP layer knows about the request an error came from, for clearer messages. */
export interface ErrorContext {
  /** The matched route's body limit in bytes. */
  bodyLimit?: number | undefined;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

/**
 * Fastify's own client errors, in our words and with our codes. Fastify would otherwise answer
 * with its own body (`{error, code: 'FST_…', statusCode}`), which no client of ours reads.
 */
const FRAMEWORK_ERRORS: Readonly<Record<string, (context: ErrorContext) => HttpError>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new HttpError('bad_input', 'The body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new HttpError('bad_input', 'The body is empty; send a JSON object'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new HttpError('bad_input', 'The body is not as long as its Content-Length says'),
  FST_ERR_CTP_BODY_TOO_LARGE: ({ bodyLimit }) =>
    new HttpError('body_too_large', `The body is larger than this route reads${bodyLimit === undefined ? '' : ` (${megabytes(bodyLimit)})`}`),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new HttpError('unsupported_media_type', 'The body is of a type this route does not read (send JSON as Content-Type: application/json)'),
  FST_ERR_BAD_URL: () => new HttpError('bad_url', 'The address has a broken percent-escape (a % must be followed by two hexadecimal digits)'),
  FST_ERR_MAX_PARAM_LENGTH: () => new HttpError('url_too_long', 'A part of the address is longer than 100 characters'),
};

/**
 * Turns anything thrown in a request into the public error body. Domain and HTTP errors keep
 * their code and message; Fastify's own client errors are translated; anything else is a 500
 * whose message hides internals (the caller adds where the error was written).
 */
export function toErrorBody(error: unknown, context: ErrorContext = {}): ApiErrorBody {
  const fastifyCode = (error as Partial<FastifyError> | null)?.code;
  const known = isPolyphonyError(error) || error instanceof HttpError ? error : typeof fastifyCode === 'string' ? FRAMEWORK_ERRORS[fastifyCode]?.(context) : undefined;
  if (known !== undefined) {
    const body: ApiErrorBody = { status: statusForCode(known.code), code: known.code, message: known.message };
    if (Object.keys(known.details).length > 0) body.details = known.details;
    return body;
  }
  const fastifyStatus = (error as Partial<FastifyError> | null)?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return { status: 400, code: 'bad_input', message: (error as Error).message };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on the server.' };
}
