import { createWorkerParser, type Parser, type WorkerParser } from '@polyphony/app';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { paddedDocx } from '../../formats/src/test-support/padded-docx.js';
import { createServer } from '../src/create-server.js';
import { exchangeFromStore } from '../src/exchange-adapter.js';
import { fromStore } from '../src/store-adapter.js';
import { buildProject } from './build-project.js';
import { AUTH_HEADERS, TEST_TOKEN, useTestServer } from './test-server.js';

type Json = Record<string, unknown>;

async function upload(app: FastifyInstance, path: string, name: string, body: string | Uint8Array) {
  const res = await app.inject({
    method: 'POST',
    url: `${path}?name=${encodeURIComponent(name)}`,
    headers: { ...AUTH_HEADERS, 'content-type': 'application/octet-stream' },
    payload: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: res.statusCode, body: res.json<Json>() };
}

async function sourceCount(app: FastifyInstance): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/api/sources', headers: AUTH_HEADERS })).json<unknown[]>().length;
}

/** A server whose uploads are read by `parser`, over a fresh project; closed after the test. */
const opened: Array<() => Promise<void>> = [];
async function serverWith(parser: Parser): Promise<FastifyInstance> {
  const { project, cleanup } = await buildProject();
  const app = createServer({ project: { ...fromStore(project), ...exchangeFromStore(project, parser) }, token: TEST_TOKEN });
  opened.push(async () => {
    await app.close();
    await cleanup();
  });
  return app;
}
const workers: WorkerParser[] = [];
function worker(options: Parameters<typeof createWorkerParser>[0] = {}): WorkerParser {
  const w = createWorkerParser(options);
  workers.push(w);
  return w;
}
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
  for (const w of workers.splice(0)) await w.close();
});

describe('imports are read in a worker thread', () => {
  it('answers another request while a big upload is still being read', async () => {
    const events: string[] = [];
    let reading: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (reading = resolve));
    const inner = worker();
    // Marks when reading starts and ends, so the test can ask in between and check the order.
    const parser: Parser = async (kind, file) => {
      reading();
      const value = await inner.parse(kind, file);
      events.push('read');
      return value;
    };
    const app = await serverWith(parser);
    // 64 MB of spaces between elements: correct, and about a second of unpacking and scanning.
    const importing = upload(app, '/api/import/transcript', 'J1 spaces.docx', paddedDocx(64 * 1024 * 1024, 'between-elements')).then((r) => {
      events.push('imported');
      return r;
    });
    await started;
    const info = await app.inject({ method: 'GET', url: '/api/project', headers: AUTH_HEADERS });
    events.push('answered');
    expect(info.statusCode).toBe(200);
    expect((await importing).body).toMatchObject({ status: 'imported', source: 'J1 spaces' });
    expect(events).toEqual(['answered', 'read', 'imported']);
  });

  it('answers a file that exhausts the worker heap with a clean 413, then goes on serving and importing', async () => {
    const app = await serverWith(worker({ heapMb: 32 }).parse);
    // Far inside the text limit, but 190,000 turns do not fit in a 32 MB heap.
    const many = `${'J1: ord ord ord ord ord\n\n'.repeat(190_000)}`;
    const res = await upload(app, '/api/import/transcript', 'many.txt', many);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'file_too_large', message: 'many.txt: reading it needs more than the limit of 32 MB of memory' });
    expect(res.body).toMatchObject({ details: { result: { file: 'many.txt', status: 'failed', error: { code: 'file_too_large' } } } });
    expect((await app.inject({ method: 'GET', url: '/api/project', headers: AUTH_HEADERS })).statusCode).toBe(200);
    expect(await upload(app, '/api/import/transcript', 'J1 again.txt', 'J1: Hei igjen.')).toMatchObject({ status: 200, body: { status: 'imported' } });
  });
});

describe('bounded uploads through the default import worker', () => {
  const server = useTestServer();

  it('413 for the 190 MB-of-spaces docx, naming the file and the limit; nothing stored', async () => {
    const before = await sourceCount(server.app);
    const res = await upload(server.app, '/api/import/transcript', 'spaces.docx', paddedDocx(190 * 1024 * 1024, 'between-elements'));
    expect(res).toMatchObject({ status: 413, body: { code: 'file_too_large', message: 'spaces.docx: zip entry "word/document.xml" unpacked is more than the limit of 128 MB' } });
    expect(await sourceCount(server.app)).toBe(before);
  });

  it('422 nesting_too_deep for a codebook nested 2,000 levels deep, and no code created', async () => {
    const codes = async () => (await server.app.inject({ method: 'GET', url: '/api/codes', headers: AUTH_HEADERS })).json<unknown[]>().length;
    const before = await codes();
    const guid = (i: number) => `11111111-1111-4111-8111-${String(i).padStart(12, '0')}`;
    const deep = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${Array.from({ length: 2_000 }, (_, i) => `<Code guid="${guid(i)}" name="C${i}" isCodable="true">`).join('')}${'</Code>'.repeat(2_000)}</Codes></CodeBook>`;
    const res = await upload(server.app, '/api/import/codebook', 'deep.qdc', deep);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'nesting_too_deep' });
    expect(String(res.body['message'])).toMatch(/^deep\.qdc: elements are nested more than 256 levels deep/);
    expect(await codes()).toBe(before);
  });

  it('422 nesting_too_deep for an analysis file nested past the limit', async () => {
    const deep = `{"perspectives": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const res = await upload(server.app, '/api/import/analysis', 'deep.json', deep);
    expect(res).toMatchObject({ status: 422, body: { code: 'nesting_too_deep', message: 'deep.json: lists and objects are nested more than 64 levels deep, the limit for an analysis file' } });
  });
});
