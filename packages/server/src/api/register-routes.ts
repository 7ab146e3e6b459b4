import { splitRoute, type ApiRoute } from '@polyphony/core';
import type { FastifyInstance, FastifyRequest, HTTPMethods } from 'fastify';
import { createHash } from 'node:crypto';
import { HttpError } from '../http/api-error.js';
import { requireMediaType } from '../http/request-body.js';
import type { ProjectPort } from '../project-port.js';
import { registerExchangeRoutes } from './exchange-routes.js';
import { handlers, type Handler } from './handlers.js';
import { inputSchemas } from './schemas.js';

/**
 * Big answers the browser keeps and asks again with If-None-Match: a source's text (megabytes for
 * a long meeting) and its lean codings are read on every open, yet seldom change between opens.
 */
const REVALIDATED: ReadonlySet<ApiRoute> = new Set<ApiRoute>(['GET /api/sources/:id', 'GET /api/sources/:id/lean-codings']);

/** The entity tag of a serialised answer: a digest, so a rename or a new coding changes it too. */
function entityTag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names `tag` (a list, `*`, or weak tags all count). */
function notModified(header: string | string[] | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const given = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim().replace(/^W\//, ''));
  return given.includes('*') || given.includes(tag);
}

/** Methods whose input rides in the query string; every other method sends a JSON body. */
const QUERY_METHODS: ReadonlySet<string> = new Set(['GET', 'DELETE']);

const requireJson = requireMediaType('application/json', 'This route reads a JSON body');

/**
 * A route's input: path parameters always, plus the query string for GET and DELETE or the JSON
 * body for the rest, never both. A write never reads the query string, so a link or a form that
 * puts fields in the address cannot make one (the web client sends them in the body).
 */
function routeInput(method: string, request: FastifyRequest): Record<string, unknown> {
  const fields = QUERY_METHODS.has(method) ? request.query : request.body;
  return {
    ...(fields !== null && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : {}),
    ...(request.params as Record<string, unknown> | undefined),
  };
}

/** Fastify writes path parameters the same way as the contract (`:id`), so routes map 1:1. */
function register<R extends ApiRoute>(app: FastifyInstance, project: ProjectPort, route: R): void {
  const { method, path } = splitRoute(route);
  const schema = inputSchemas[route];
  const handler: Handler<R> = handlers[route];
  app.route({
    method: method as HTTPMethods,
    url: path,
    // Checked before the body is read: a write without a JSON body is refused unread (415).
    ...(QUERY_METHODS.has(method) ? {} : { onRequest: requireJson }),
    handler: async (request, reply) => {
      const parsed = schema.safeParse(routeInput(method, request));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        throw new HttpError('bad_input', `${where}${issue?.message ?? 'Invalid input'}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      }
      const result = await handler(project, parsed.data);
      if (!REVALIDATED.has(route)) return result;
      // The browser's cache holds the body; "no-cache" makes it ask each time, and a 304 costs
      // no transfer and no JSON parse of megabytes.
      const body = JSON.stringify(result);
      const tag = entityTag(body);
      void reply.header('cache-control', 'private, no-cache').header('etag', tag);
      if (notModified(request.headers['if-none-match'], tag)) return reply.code(304).send();
      void reply.type('application/json; charset=utf-8');
      return body;
    },
  });
}

/** Registers every route of the API contract. */
export function registerApiRoutes(app: FastifyInstance, project: ProjectPort): void {
  for (const route of Object.keys(handlers) as ApiRoute[]) register(app, project, route);
  // Uploads and downloads are raw bodies, outside the JSON contract.
  registerExchangeRoutes(app, project);
}
