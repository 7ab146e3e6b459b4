import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/api-error.js';
import { isLoopbackHost, refuseForeignPage } from './same-origin.js';
import { bearerToken, tokenMatches } from './token.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `'public'` opens a route without the token; only the web app's own files are public. */
    access?: 'public';
  }
}

/** Said whenever the token is missing or wrong; the web app shows the same words. */
export const UNAUTHORIZED_MESSAGE = 'Open Polyphony with the link printed when the server started (it holds the access token).';

/**
 * Marks every route registered in `scope` (and its children) as public. Used only around the
 * static files of the web app: they hold no project data and must load before the app has read
 * its token.
 */
export function makeRoutesPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: 'public' };
  });
}

/**
 * THE gate, in front of every request: loopback Host, no state change from a foreign page, and
 * the bearer token unless the route Fastify matched is registered as public. The decision reads
 * the matched route's config, never the URL text, so no spelling of a path (`/%61pi/…`,
 * `/x/../api/…`, absolute-form) can reach a route without passing here; requests that match no
 * route are not public either, so an unknown path answers 401 until the token is shown.
 */
export function registerAccessGate(app: FastifyInstance, token: string): void {
  app.addHook('onRequest', async (request) => {
    if (!isLoopbackHost(request.headers.host)) throw new HttpError('forbidden_host', 'This server only answers on 127.0.0.1');
    refuseForeignPage(request);
    if (request.routeOptions.config?.access === 'public') return;
    if (!tokenMatches(token, bearerToken(request.headers.authorization))) throw new HttpError('unauthorized', UNAUTHORIZED_MESSAGE);
  });
}
