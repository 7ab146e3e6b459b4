import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { registerApiRoutes } from './api/register-routes.js';
import { requestToken, tokenCookie, tokenMatches } from './auth/token.js';
import { HttpError, toErrorBody } from './http/api-error.js';
import type { ProjectPort } from './project-port.js';

/** What a server needs: the open project, the secret token and, optionally, the built web app. */
export interface ServerOptions {
  project: ProjectPort;
  token: string;
  /** Folder with the built web app (index.html); without it only the API is served. */
  webRoot?: string;
  /** Log requests (off in tests). */
  logger?: boolean;
}

/**
 * Hosts a local server answers to. Checking Host stops DNS rebinding: a page on evil.example
 * that re-points its name at 127.0.0.1 still sends its own name as Host.
 */
function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

/** Builds the Fastify app: the JSON API behind the token, and the web app. Does not listen. */
export function createServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 20 * 1024 * 1024 });

  app.setErrorHandler((error, request, reply) => {
    const body = toErrorBody(error);
    if (body.status >= 500) request.log.error(error);
    void reply.status(body.status).send(body);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host)) throw new HttpError('forbidden_host', 'This server only answers on 127.0.0.1');
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(options.token, requestToken(request.headers))) {
        throw new HttpError('unauthorized', 'Open Polyphony with the link printed when the server started (it holds the access token).');
      }
      return;
    }
    // First visit: trade the token in the link for a cookie, then drop it from the address bar
    // so it does not linger in history or get shared with a screenshot.
    const given = url.searchParams.get('token');
    if (given !== null) {
      if (!tokenMatches(options.token, given)) throw new HttpError('unauthorized', 'This link has an old or wrong token.');
      url.searchParams.delete('token');
      void reply.header('set-cookie', tokenCookie(options.token)).redirect(url.pathname + url.search, 303);
    }
  });

  registerApiRoutes(app, options.project);

  const webRoot = options.webRoot;
  if (webRoot !== undefined && existsSync(webRoot)) {
    void app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Client-side routes (/code/…, /report) get the app shell; unknown API paths get JSON.
    if (request.method === 'GET' && !path.startsWith('/api/') && webRoot !== undefined && existsSync(webRoot)) {
      return reply.type('text/html').sendFile('index.html');
    }
    const body = toErrorBody(new HttpError('route_not_found', `No such route: ${request.method} ${path}`));
    return reply.status(body.status).send(body);
  });

  return app;
}
