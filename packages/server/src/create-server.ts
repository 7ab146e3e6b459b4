import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { registerApiRoutes } from './api/register-routes.js';
import { makeRoutesPublic, registerAccessGate } from './auth/access-gate.js';
import { toErrorBody } from './http/api-error.js';
import { logServerError } from './http/error-log.js';
import { answerClientError, answerFrameworkError } from './http/framework-errors.js';
import { registerNotFound } from './http/not-found.js';
import { JSON_BODY_LIMIT, registerJsonBodyParser } from './http/request-body.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import type { ProjectPort } from './project-port.js';

/** What a server needs: the open project, the secret token and, optionally, the built web app. */
export interface ServerOptions {
  project: ProjectPort;
  token: string;
  /** Folder with the built web app (index.html); without it only the API is served. */
  webRoot?: string;
  /** File that server errors (500s) are appended to; without it they are not written anywhere. */
  errorLog?: string;
}

/**
 * Builds the Fastify app: the JSON API behind one access gate, and the web app's files. Does not
 * listen. There is no request logger: stdout stays free of URLs, which may hold search words.
 */
export function createServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: JSON_BODY_LIMIT,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });

  app.setErrorHandler(async (error, request, reply) => {
    const body = toErrorBody(error, { bodyLimit: request.routeOptions.bodyLimit });
    if (body.status >= 500) body.message += await logServerError(options.errorLog, request, error);
    return reply.status(body.status).send(body);
  });

  registerSecurityHeaders(app);
  registerAccessGate(app, options.token);
  registerJsonBodyParser(app);
  registerApiRoutes(app, options.project);
  registerNotFound(app);

  const webRoot = options.webRoot;
  if (webRoot !== undefined && existsSync(join(webRoot, 'index.html'))) {
    void app.register(async (scope) => {
      makeRoutesPublic(scope);
      await scope.register(fastifyStatic, {
        root: webRoot,
        // One route per file that exists at start: no wildcard that could match other paths.
        wildcard: false,
        // The shell is always asked for afresh, so a new build (new asset names) is picked up.
        setHeaders: (reply, path) => {
          if (path.endsWith('.html')) void reply.header('cache-control', 'no-store');
        },
      });
    });
  }

  return app;
}
