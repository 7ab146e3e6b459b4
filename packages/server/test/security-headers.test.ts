import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTEN_TOKEN, startListeningServer, type ListeningServer } from './listening-server.js';
import { rawRequest, requestText, type RawAnswer } from './raw-http.js';

let server: ListeningServer;

beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, token = true) =>
  rawRequest(server.port, requestText('GET', path, { host: `127.0.0.1:${server.port}`, ...(token ? { authorization: `Bearer ${LISTEN_TOKEN}` } : {}) }));

function expectSecurityHeaders(answer: RawAnswer, what: string) {
  const h = answer.headers;
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(h['cross-origin-resource-policy'], what).toBe('same-origin');
  const csp = h['content-security-policy'] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "style-src 'self'"]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(csp, what).not.toContain('unsafe');
}

describe('headers on every response', () => {
  it('the app shell: security headers and no-store', async () => {
    for (const path of ['/', '/index.html']) {
      const answer = await get(path, false);
      expect(answer.status).toBe(200);
      expectSecurityHeaders(answer, path);
      expect(answer.headers['cache-control'], path).toBe('no-store');
    }
  });

  it('the app’s assets: security headers', async () => {
    const answer = await get('/assets/app.js', false);
    expect(answer.status).toBe(200);
    expectSecurityHeaders(answer, 'asset');
  });

  it('API answers: security headers and no-store, except the two revalidated routes (private, no-cache, ETag)', async () => {
    for (const path of ['/api/project', '/api/codes', '/api/backup', '/api/report/file?format=md', '/api/search/hits?q=heard']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expectSecurityHeaders(answer, path);
      expect(answer.headers['cache-control'], path).toBe('no-store');
    }
    for (const path of [`/api/sources/${server.ids.source}`, `/api/sources/${server.ids.source}/lean-codings`]) {
      const answer = await get(path);
      expectSecurityHeaders(answer, path);
      expect(answer.headers['cache-control'], path).toBe('private, no-cache');
      expect(answer.headers.etag, path).toBeTruthy();
    }
  });

  it('errors: 401, 404, a broken URL and a request Node cannot parse', async () => {
    for (const [what, answer] of [
      ['401', await get('/api/project', false)],
      ['404', await get('/api/nothing')],
      ['bad URL', await get('/api/%zz')],
      ['unparsable request', await rawRequest(server.port, 'GET /api/project HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n')],
    ] as const) {
      expect(answer.status, what).toBeGreaterThanOrEqual(400);
      expectSecurityHeaders(answer, what);
      expect(answer.headers['cache-control'], what).toBe('no-store');
    }
  });
});
