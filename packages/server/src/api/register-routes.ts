import { splitRoute, type ApiRoute } from '@polyphony/core';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { HttpError } from '../http/api-error.js';
import type { ProjectPort } from '../project-port.js';
import { registerExchangeRoutes } from './exchange-routes.js';
import { handlers, type Handler } from './handlers.js';
import { inputSchemas } from './schemas.js';

/** Fastify writes path parameters the same way as the contract (`:id`), so routes map 1:1. */
function register<R extends ApiRoute>(app: FastifyInstance, project: ProjectPort, route: R): void {
  const { method, path } = splitRoute(route);
  const schema = inputSchemas[route];
  const handler: Handler<R> = handlers[route];
  app.route({
    method: method as HTTPMethods,
    url: path,
    handler: async (request) => {
      const merged = {
        ...(request.query as Record<string, unknown> | undefined),
        ...(request.body !== null && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {}),
        ...(request.params as Record<string, unknown> | undefined),
      };
      const parsed = schema.safeParse(merged);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        throw new HttpError('bad_input', `${where}${issue?.message ?? 'Invalid input'}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      }
      return handler(project, parsed.data);
    },
  });
}

/** Registers every route of the API contract. */
export function registerApiRoutes(app: FastifyInstance, project: ProjectPort): void {
  for (const route of Object.keys(handlers) as ApiRoute[]) register(app, project, route);
  // Uploads and downloads are raw bodies, outside the JSON contract.
  registerExchangeRoutes(app, project);
}
