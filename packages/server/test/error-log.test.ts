import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectPort } from '../src/project-port.js';
import { LISTEN_TOKEN, startListeningServer, type ListeningServer } from './listening-server.js';
import { rawRequest, requestText } from './raw-http.js';

/** A store that fails as a bug would: an error with internals, and nothing of the user's words. */
function failing(port: ProjectPort): ProjectPort {
  const broken = () => Promise.reject(new TypeError('Cannot read properties of undefined (reading "segments")'));
  return new Proxy(port, { get: (target, key, receiver) => (key === 'search' || key === 'addMemo' ? broken : Reflect.get(target, key, receiver)) });
}

let server: ListeningServer | undefined;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'polyphony-error-log-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function send(s: ListeningServer, method: string, target: string, body = '') {
  const headers = { host: `127.0.0.1:${s.port}`, authorization: `Bearer ${LISTEN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) };
  return rawRequest(s.port, requestText(method, target, headers, body));
}

describe('server errors are written beside the project, without the user’s words', () => {
  it('a 500 lands in the log as one JSON line with the route pattern; the answer says where', async () => {
    const log = join(dir, 'study.polyphony.errors.log');
    server = await startListeningServer({ errorLog: log }, failing);

    const search = await send(server, 'GET', '/api/search?q=Kari%20debt%20collector');
    const memo = await send(server, 'POST', '/api/memos', JSON.stringify({ text: 'She told me about the debt collector', targetKind: 'project' }));
    for (const answer of [search, memo]) {
      expect(answer.status).toBe(500);
      const body = JSON.parse(answer.body) as { code: string; message: string };
      expect(body.code).toBe('internal');
      expect(body.message).toContain(log);
      expect(body.message).not.toMatch(/was logged/);
    }

    const lines = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: 'GET', route: '/api/search', name: 'TypeError', message: 'Cannot read properties of undefined (reading "segments")' });
    expect(lines[1]).toMatchObject({ method: 'POST', route: '/api/memos', name: 'TypeError' });
    expect(String(lines[0]?.stack)).toContain('TypeError');
    expect(Date.parse(String(lines[0]?.time))).not.toBeNaN();
    const text = readFileSync(log, 'utf8');
    for (const word of ['Kari', 'debt', 'collector', 'She told me', 'q=']) expect(text).not.toContain(word);
  });

  it('without a log file nothing is written, and the answer claims no log', async () => {
    server = await startListeningServer({}, failing);
    const answer = await send(server, 'GET', '/api/search?q=words');
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'internal', message: 'Something went wrong on the server.' });
    expect(existsSync(join(dir, 'study.polyphony.errors.log'))).toBe(false);
  });
});
