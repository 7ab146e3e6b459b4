import type { FastifyInstance } from 'fastify';
import type { Project } from '@polyphony/store';
import { afterEach, beforeEach } from 'vitest';
import { createServer } from '../src/create-server.js';
import { fromStore } from '../src/store-adapter.js';
import { buildProject } from './build-project.js';

/** The token every API test sends. */
export const TEST_TOKEN = 't0ken-for-tests';
/** Headers of an authorised loopback request. */
export const AUTH_HEADERS = { authorization: `Bearer ${TEST_TOKEN}`, host: '127.0.0.1:1' };

/**
 * Inject options of an authorised API call as the web client makes it: fields in the query for
 * GET and DELETE, a JSON body (at least `{}`) for every other method.
 */
export function apiCall(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = AUTH_HEADERS) {
  const body = payload ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
  return { method, url, headers, ...(body === undefined ? {} : { payload: body }) };
}

/**
 * A fresh server over a fresh SQLite project (from `buildProject`) for each test, closed after it.
 * Read `server.app` and `server.project` inside tests: they change before every test.
 */
export function useTestServer(): { readonly app: FastifyInstance; readonly project: Project } {
  let app: FastifyInstance | undefined;
  let project: Project | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const built = await buildProject();
    project = built.project;
    cleanup = built.cleanup;
    app = createServer({ project: fromStore(built.project), token: TEST_TOKEN });
  });
  afterEach(async () => {
    await app?.close();
    await cleanup?.();
  });
  return {
    get app() {
      if (!app) throw new Error('useTestServer: read app inside a test');
      return app;
    },
    get project() {
      if (!project) throw new Error('useTestServer: read project inside a test');
      return project;
    },
  };
}
