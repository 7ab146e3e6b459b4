import { EXCHANGE_FILE_ROUTES, splitRoute, type ApiRoute } from '@polyphony/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/api/handlers.js';
import { LISTEN_TOKEN, PROJECT_WORDS, projectFingerprint, startListeningServer, type ListeningServer } from './listening-server.js';
import { rawRequest, requestText } from './raw-http.js';

/** Every route there is: the JSON contract and the raw-body file routes. */
const UPLOADS = [EXCHANGE_FILE_ROUTES.importTranscript, EXCHANGE_FILE_ROUTES.importParticipants, EXCHANGE_FILE_ROUTES.applyAnalysis, EXCHANGE_FILE_ROUTES.mergeCodebook];
const ROUTES: { method: string; path: string; kind: 'json' | 'upload' | 'download' }[] = [
  ...(Object.keys(handlers) as ApiRoute[]).map((r) => ({ ...splitRoute(r), kind: 'json' as const })),
  ...UPLOADS.map((path) => ({ method: 'POST', path, kind: 'upload' as const })),
  ...[EXCHANGE_FILE_ROUTES.exportFile, EXCHANGE_FILE_ROUTES.reportFile, EXCHANGE_FILE_ROUTES.backup].map((path) => ({ method: 'GET', path, kind: 'download' as const })),
];

/** Query strings that make each reading route answer with data when it is let through. */
const QUERIES: Record<string, string> = {
  '/api/search': 'q=heard', '/api/search/hits': 'q=heard', '/api/search/code-all': 'q=heard', '/api/memos': 'targetKind=project',
  [EXCHANGE_FILE_ROUTES.exportFile]: 'format=qdc', [EXCHANGE_FILE_ROUTES.reportFile]: 'format=md',
};

/**
 * Ways to write `/api/…` that a naive check of the URL text misses or a router may still match.
 * `rest` is the path after `/api`, `port` the server's.
 */
const SPELLINGS: Record<string, (rest: string, port: number) => string> = {
  plain: (r) => `/api${r}`,
  'percent-encoded a': (r) => `/%61pi${r}`,
  'all letters encoded': (r) => `/%61%70%69${r}`,
  'double-encoded': (r) => `/%2561pi${r}`,
  'upper case': (r) => `/API${r}`,
  'absolute-form': (r, port) => `http://127.0.0.1:${port}/api${r}`,
  'absolute-form, encoded': (r, port) => `http://127.0.0.1:${port}/%61pi${r}`,
  'dot-dot segment': (r) => `/x/../api${r}`,
  'dot segment first': (r) => `/./api${r}`,
  'dot segment inside': (r) => `/api/.${r}`,
  'double slash': (r) => `//api${r}`,
  'trailing slash': (r) => `/api${r}/`,
  'semicolon parameter': (r) => `/api;x=1${r}`,
  'semicolon at the end': (r) => `/api${r};x=1`,
  backslashes: (r) => `/api${r.replace(/\//g, '\\')}`,
  'encoded slashes': (r) => `/api${r.replace(/\//g, '%2F')}`,
};

/** Credentials that must all be refused. */
const WRONG: Record<string, Record<string, string>> = {
  'no token': {},
  'wrong bearer': { authorization: `Bearer ${'x'.repeat(LISTEN_TOKEN.length)}` },
  'the right token as the old cookie': { cookie: `polyphony_token=${LISTEN_TOKEN}` },
};

let server: ListeningServer;
let before: string;

function fill(path: string): string {
  const ids = server.ids;
  const byPlace: Record<string, string> = { sources: ids.source, codes: ids.code, codings: ids.coding, segments: ids.segment, themes: ids.theme, exemplars: ids.segment };
  const parts = path.split('/');
  return parts.map((part, i) => (part.startsWith(':') ? (byPlace[parts[i - 1] ?? ''] ?? ids.source) : part)).join('/');
}

/** A request that would change or read the project if it were let through. */
function request(route: (typeof ROUTES)[number], target: string, credentials: Record<string, string>): string {
  const headers = { host: `127.0.0.1:${server.port}`, ...credentials };
  if (route.kind === 'upload') return requestText('POST', `${target}?name=intruder.txt`, { ...headers, 'content-type': 'application/octet-stream' }, 'Interviewer: Hi\nJ1: An intruder wrote this.');
  if (route.method === 'GET' || route.method === 'DELETE') {
    const query = QUERIES[route.path];
    return requestText(route.method, query ? `${target}?${query}` : target, headers);
  }
  const body = JSON.stringify({ name: 'Intruder', text: 'Intruder memo', code: server.ids.code, source: server.ids.source, quote: 'I felt heard', q: 'heard', phase: 3, segment: server.ids.segment, comment: 'intruder' });
  return requestText(route.method, target, { ...headers, 'content-type': 'application/json' }, body);
}

beforeAll(async () => {
  server = await startListeningServer();
  before = await projectFingerprint(server.project);
});
afterAll(async () => {
  await server?.close();
});

describe('one gate for every route, whatever the spelling of its path', () => {
  it(`refuses ${ROUTES.length} routes × ${Object.keys(WRONG).length} wrong credentials × ${Object.keys(SPELLINGS).length} spellings: never 2xx, never project data, nothing changed`, async () => {
    let tried = 0;
    const let_through: string[] = [];
    for (const route of ROUTES) {
      const rest = fill(route.path).slice('/api'.length);
      for (const [spelling, spell] of Object.entries(SPELLINGS)) {
        for (const [who, credentials] of Object.entries(WRONG)) {
          const target = spell(rest, server.port);
          const answer = await rawRequest(server.port, request(route, target, credentials));
          tried++;
          const leaked = PROJECT_WORDS.filter((w) => answer.body.includes(w));
          if (answer.status < 400 || leaked.length > 0) let_through.push(`${route.method} ${target} (${spelling}, ${who}) → ${answer.status} ${leaked.join(', ')}`);
        }
      }
    }
    console.log(`access gate: ${tried} requests with wrong credentials, ${tried - let_through.length} refused`);
    expect(let_through).toEqual([]);
    expect(await projectFingerprint(server.project)).toBe(before);
  });

  it('lets the right bearer through on the plain spelling of every route', async () => {
    const refused: string[] = [];
    // Reads first: the writes that follow delete what some reads look up.
    const readsFirst = [...ROUTES].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    for (const route of readsFirst) {
      const answer = await rawRequest(server.port, request(route, fill(route.path), { authorization: `Bearer ${LISTEN_TOKEN}` }));
      const code = answer.body.startsWith('{') ? (JSON.parse(answer.body) as { code?: string }).code : undefined;
      const reads = route.method === 'GET';
      // Reads answer with data; writes reach their handler (their input may still be refused as input).
      const ok = reads ? answer.status === 200 : !['unauthorized', 'forbidden_origin', 'forbidden_host', 'route_not_found', 'method_not_allowed', 'unsupported_media_type'].includes(code ?? '');
      if (!ok) refused.push(`${route.method} ${route.path} → ${answer.status} ${code ?? ''}`);
    }
    expect(refused).toEqual([]);
  });

  it('serves the web app shell and its files without the token, and nothing else', async () => {
    const headers = { host: `127.0.0.1:${server.port}` };
    expect((await rawRequest(server.port, requestText('GET', '/', headers))).status).toBe(200);
    expect((await rawRequest(server.port, requestText('GET', '/assets/app.js', headers))).status).toBe(200);
    for (const path of ['/favicon.ico', '/code/J1', '/%61ssets/app.js/../../api/project', '/index.html/../api/backup']) {
      const answer = await rawRequest(server.port, requestText('GET', path, headers));
      expect(answer.status, path).toBe(401);
    }
  });
});
