import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { fromStore } from '../src/store-adapter.js';
import { buildProject } from './build-project.js';

const token = 'etag-token-for-tests';
const headers = { authorization: `Bearer ${token}`, host: '127.0.0.1:1' };
let app: FastifyInstance;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const built = await buildProject();
  cleanup = built.cleanup;
  app = createServer({ project: fromStore(built.project), token });
});
afterEach(async () => {
  await app.close();
  await cleanup();
});

async function sourceId(): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/sources', headers });
  return (res.json() as { id: string }[])[0]?.id ?? '';
}

describe('conditional GET of a source and its lean codings', () => {
  it('answers 304 without a body when If-None-Match names the current tag', async () => {
    const id = await sourceId();
    for (const url of [`/api/sources/${id}`, `/api/sources/${id}/lean-codings`]) {
      const first = await app.inject({ method: 'GET', url, headers });
      expect(first.statusCode).toBe(200);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      expect(first.headers['content-type']).toContain('application/json');
      const tag = String(first.headers.etag);
      expect(tag).toMatch(/^".+"$/);
      expect((first.json() as { id?: string; source?: string }).id ?? (first.json() as { source: string }).source).toBe(id);

      const again = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': tag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(tag);

      const other = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': '"something-else"' } });
      expect(other.statusCode).toBe(200);
    }
  });

  it('gives a new tag once the codings change, so the browser reads them again', async () => {
    const id = await sourceId();
    const url = `/api/sources/${id}/lean-codings`;
    const before = await app.inject({ method: 'GET', url, headers });
    await app.inject({ method: 'POST', url: '/api/codes', headers, payload: { name: 'Being heard' } });
    const made = await app.inject({ method: 'POST', url: '/api/codings', headers, payload: { source: id, code: 'Being heard', quote: 'I felt heard' } });
    expect(made.statusCode).toBeLessThan(300);
    const after = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': String(before.headers.etag) } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});
