import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTEN_TOKEN, projectFingerprint, startListeningServer, type ListeningServer } from './listening-server.js';
import { rawRequest, requestText } from './raw-http.js';

let server: ListeningServer;

beforeAll(async () => {
  server = await startListeningServer();
});
afterAll(async () => {
  await server?.close();
});

/** A POST with the right token, as a page in the browser could send it with the headers given. */
function post(path: string, headers: Record<string, string>, body: string) {
  const all = { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${LISTEN_TOKEN}`, ...headers };
  return rawRequest(server.port, requestText('POST', path, all, body));
}

const json = { 'content-type': 'application/json' };
const aCode = JSON.stringify({ name: 'Planted by another page' });

describe('writes come only from our own page, as JSON in the body', () => {
  it('refuses writes from another origin, another local port or a cross-site fetch, and changes nothing', async () => {
    const before = await projectFingerprint(server.project);
    const attempts: [string, Promise<{ status: number; body: string }>][] = [
      ['a page on another port', post('/api/codes', { ...json, origin: 'http://127.0.0.1:5173' }, aCode)],
      ['a page on localhost, another port', post('/api/codes', { ...json, origin: 'http://localhost:8888' }, aCode)],
      ['a page elsewhere', post('/api/memos', { ...json, origin: 'https://evil.example' }, JSON.stringify({ text: 'planted', targetKind: 'project' }))],
      ['an opaque origin', post('/api/undo', { ...json, origin: 'null' }, '{}')],
      ['Sec-Fetch-Site: cross-site', post('/api/codes', { ...json, 'sec-fetch-site': 'cross-site' }, aCode)],
      ['Sec-Fetch-Site: same-site (another port)', post('/api/codes', { ...json, 'sec-fetch-site': 'same-site' }, aCode)],
      ['an upload from another port', post('/api/import/transcript?name=J1.txt', { 'content-type': 'application/octet-stream', origin: 'http://127.0.0.1:5173' }, 'Interviewer: Hi\nJ1: planted')],
    ];
    for (const [what, answer] of attempts) {
      const { status, body } = await answer;
      expect(status, what).toBe(403);
      expect(JSON.parse(body), what).toMatchObject({ status: 403, code: 'forbidden_origin' });
    }
    expect(await projectFingerprint(server.project)).toBe(before);
  });

  it('refuses a text/plain or form body (what a page may send unasked) with 415, and changes nothing', async () => {
    const before = await projectFingerprint(server.project);
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await post('/api/codes', { 'content-type': type }, aCode);
      expect(answer.status, type).toBe(415);
      expect(JSON.parse(answer.body), type).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    }
    const noType = await post('/api/codes', {}, aCode);
    expect(noType.status).toBe(415);
    const upload = await post('/api/import/transcript?name=J1.txt', { 'content-type': 'text/plain' }, 'Interviewer: Hi\nJ1: planted');
    expect(upload.status).toBe(415);
    expect(JSON.parse(upload.body)).toMatchObject({ code: 'unsupported_media_type' });
    expect(await projectFingerprint(server.project)).toBe(before);
  });

  it('reads a write’s input from the JSON body only, never from the query string', async () => {
    const before = await projectFingerprint(server.project);
    const answer = await post('/api/codes?name=Planted%20by%20a%20link', json, '{}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'bad_input' });
    const memo = await post('/api/memos?text=planted&targetKind=project', json, '{}');
    expect(memo.status).toBe(400);
    expect(await projectFingerprint(server.project)).toBe(before);
  });

  it('accepts a write from our own page (its Origin, same-origin fetch) and from a client without Origin', async () => {
    const own = await post('/api/codes', { ...json, origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' }, JSON.stringify({ name: 'From our page' }));
    expect(own.status).toBe(200);
    const viaLocalhost = await post('/api/codes', { ...json, origin: `http://localhost:${server.port}` }, JSON.stringify({ name: 'Via localhost' }));
    expect(viaLocalhost.status).toBe(200);
    const cli = await post('/api/codes', json, JSON.stringify({ name: 'From a script' }));
    expect(cli.status).toBe(200);
    expect((await server.project.listCodes()).map((c) => c.name)).toEqual(expect.arrayContaining(['From our page', 'Via localhost', 'From a script']));
  });
});
