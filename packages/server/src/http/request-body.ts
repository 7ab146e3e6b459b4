import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './api-error.js';

/** The deepest JSON body a route reads: the contract's inputs are two or three levels deep. */
export const MAX_JSON_DEPTH = 32;

/** Bytes of a JSON body: far above any form the web app sends, far below what hurts the server. */
export const JSON_BODY_LIMIT = 20 * 1024 * 1024;

/**
 * How deeply `text` nests arrays and objects, stopping as soon as `limit` is passed. A linear scan
 * that skips strings, run before `JSON.parse`, so that a body of 100,000 brackets is refused in
 * microseconds instead of being built into 100,000 nested arrays.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The media type of a request without its parameters (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * An `onRequest` hook that refuses, before a byte of the body is read, a request with a body
 * whose type is not `type`. JSON routes take only JSON: a form or `text/plain` body is what a
 * foreign page can send without asking the browser first (a "simple" request), so refusing it
 * closes that door too.
 */
export function requireMediaType(type: string, hint: string) {
  return async (request: FastifyRequest): Promise<void> => {
    if (mediaType(request) === type) return;
    const given = request.headers['content-type'];
    throw new HttpError('unsupported_media_type', `${hint} (Content-Type: ${type}; this request says ${given === undefined ? 'nothing' : given.slice(0, 80)})`);
  };
}

/**
 * Makes JSON the only body the app reads outside the upload routes: Fastify's `text/plain` parser
 * goes, and the JSON parser refuses bodies nested deeper than `MAX_JSON_DEPTH` before parsing.
 * Fastify's own parser still does the parsing, with its guard against `__proto__` keys.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(new HttpError('bad_input', `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
