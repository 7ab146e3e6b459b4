import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTEN_TOKEN, startListeningServer, type ListeningServer } from './listening-server.js';
import { rawRequest, requestText } from './raw-http.js';

let server: ListeningServer;

beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

function send(method: string, target: string, headers: Record<string, string> = {}, body = '') {
  const all = { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${LISTEN_TOKEN}`, ...headers };
  return rawRequest(server.port, requestText(method, target, all, body));
}

/** The answer is ours: `{status, code, message}` with the status of the response, nothing of Fastify's. */
function expectOurError(answer: { status: number; body: string }, status: number, code: string) {
  expect(answer.status, answer.body).toBe(status);
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  expect(body).toMatchObject({ status, code });
  expect(typeof body.message).toBe('string');
  expect(body).not.toHaveProperty('statusCode');
  expect(body).not.toHaveProperty('error');
  expect(answer.body).not.toContain('FST_');
}

const json = { 'content-type': 'application/json' };

describe('every error in our format, also those Fastify answered itself', () => {
  it('malformed JSON and an empty JSON body: 400 bad_input', async () => {
    expectOurError(await send('POST', '/api/codes', json, '{"name":'), 400, 'bad_input');
    expectOurError(await send('POST', '/api/codes', { ...json, 'content-length': '0' }), 400, 'bad_input');
  });

  it('a JSON body nested 100,000 levels deep: 400 naming the limit, not a 500', async () => {
    const deep = `{"name":"x","d":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const answer = await send('POST', '/api/codes', json, deep);
    expectOurError(answer, 400, 'bad_input');
    expect(answer.body).toMatch(/nested deeper than 32 levels/);
    const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expectOurError(await send('POST', '/api/themes', json, objects), 400, 'bad_input');
    expect((await server.project.listCodes()).map((c) => c.name)).not.toContain('x');
  });

  it('an unsupported media type: 415 unsupported_media_type', async () => {
    expectOurError(await send('POST', '/api/codes', { 'content-type': 'application/xml' }, '<code/>'), 415, 'unsupported_media_type');
    expectOurError(await send('POST', '/api/import/transcript?name=a.txt', json, '{}'), 415, 'unsupported_media_type');
  });

  it('a body too large: 413 body_too_large naming the limit', async () => {
    const answer = await send('POST', '/api/codes', { ...json, 'content-length': String(21 * 1024 * 1024) });
    expectOurError(answer, 413, 'body_too_large');
    expect(answer.body).toMatch(/20 MB/);
  });

  it('an invalid percent-escape in the path: 400 bad_url, without echoing the path', async () => {
    const answer = await send('GET', '/api/%zz');
    expectOurError(answer, 400, 'bad_url');
    expect(answer.body).not.toContain('%zz');
  });

  it('a method the route does not take: 405 with Allow; an unknown route: 404', async () => {
    const put = await send('PUT', '/api/codes', json, '{}');
    expectOurError(put, 405, 'method_not_allowed');
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expectOurError(await send('GET', '/api/nothing-here'), 404, 'route_not_found');
  });

  it('a path part over 100 characters: 414; a request line over 16 KB: 431; a request Node cannot parse: 400', async () => {
    expectOurError(await send('GET', `/api/sources/${'a'.repeat(200)}`), 414, 'url_too_long');
    expectOurError(await send('GET', `/api/search?q=${'a'.repeat(20_000)}`), 431, 'headers_too_large');
    expectOurError(await rawRequest(server.port, 'GET /api/project HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n'), 400, 'bad_url');
  });
});
