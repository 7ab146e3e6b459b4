import type { FastifyInstance, HTTPMethods } from 'fastify';
import { HttpError } from './api-error.js';

const METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Answers a request that matched no route, after the access gate (so only a client with the
 * token learns which paths exist): 405 with `Allow` when the path is a route under other
 * methods, else 404. There is no fallback to the app shell: the web app routes by the URL's
 * fragment, so it never needs one, and an unknown path never answers 2xx.
 */
export function registerNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler(async (request, reply) => {
    const path = (request.url.split('?')[0] ?? '').slice(0, 200);
    const allowed = METHODS.filter((m) => m !== request.method && app.findRoute({ method: m, url: request.url }) !== null);
    if (allowed.length > 0) {
      void reply.header('allow', allowed.join(', '));
      throw new HttpError('method_not_allowed', `${path} takes ${allowed.join(', ')}, not ${request.method}`);
    }
    throw new HttpError('route_not_found', `No such route: ${request.method} ${path}`);
  });
}
