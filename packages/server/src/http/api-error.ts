import { isPolyphonyError, type ApiErrorBody } from '@polyphony/core';
import type { FastifyError } from 'fastify';
import { statusForCode, type HttpOnlyCode } from './error-status.js';

/** An error raised by the HTTP layer itself (auth, routing), with a code from the status table. */
export class HttpError extends Error {
  constructor(
    readonly code: HttpOnlyCode | 'bad_input',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Turns anything thrown in a request into the public error body. Domain and HTTP errors keep
 * their code and message; Fastify's own client errors (bad JSON, body too large) become
 * `bad_input`; anything else is a 500 whose message hides internals.
 */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (isPolyphonyError(error) || error instanceof HttpError) {
    const body: ApiErrorBody = { status: statusForCode(error.code), code: error.code, message: error.message };
    if (Object.keys(error.details).length > 0) body.details = error.details;
    return body;
  }
  const fastifyStatus = (error as Partial<FastifyError> | null)?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return { status: 400, code: 'bad_input', message: (error as Error).message };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on the server. The error was logged.' };
}
