import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT } from '../src/api/exchange-routes.js';
import { apiCall, AUTH_HEADERS, TEST_TOKEN, useTestServer } from './test-server.js';

const TOKEN = TEST_TOKEN;
const headers = AUTH_HEADERS;
const server = useTestServer();

type Json = Record<string, unknown>;

async function upload(path: string, name: string | null, body: string | Buffer, extra: Record<string, string> = headers) {
  const url = name === null ? path : `${path}?name=${encodeURIComponent(name)}`;
  const res = await server.app.inject({ method: 'POST', url, headers: { ...extra, 'content-type': 'application/octet-stream' }, payload: body });
  return { status: res.statusCode, body: res.json<Json>() };
}

async function get(url: string) {
  return server.app.inject({ method: 'GET', url, headers });
}

async function json(method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await server.app.inject(apiCall(method, url, payload));
  return { status: res.statusCode, body: res.json<Json>() };
}

describe('uploads', () => {
  it('imports a transcript, then a corrected version re-anchors its codings', async () => {
    const first = await upload('/api/import/transcript', 'J1 second.txt', 'Interviewer: And now?\nJ1: Better, I have a job.');
    expect(first).toMatchObject({ status: 200, body: { file: 'J1 second.txt', status: 'imported', participant: 'J1', turns: 2 } });
    await json('POST', '/api/codes', { name: 'Work' });
    await json('POST', '/api/codings', { source: 'J1 second', code: 'Work', quote: 'I have a job' });
    const again = await upload('/api/import/transcript', 'J1 second.txt', 'Interviewer: And now, then?\nJ1: Better, I have a job.');
    expect(again.body).toMatchObject({ status: 'updated', reanchored: { orphaned: 0 } });
    const { stayed, moved } = (again.body as { reanchored: { stayed: number; moved: number } }).reanchored;
    expect(stayed + moved).toBe(1);
  });

  it('422 for a broken docx, with the per-file reason, and nothing stored', async () => {
    const before = (await json('GET', '/api/sources')).body as unknown as unknown[];
    const res = await upload('/api/import/transcript', 'broken.docx', Buffer.from('PK\u0003\u0004 this is not a zip'));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ status: 422, code: 'file_rejected', details: { result: { file: 'broken.docx', status: 'failed', error: { code: 'parse_error' } } } });
    expect((await json('GET', '/api/sources')).body).toHaveLength(before.length);
  });

  it('400 without a file name or without a body; 413 when the upload is too large', async () => {
    expect(await upload('/api/import/transcript', null, 'J1: hi')).toMatchObject({ status: 400, body: { code: 'bad_input' } });
    expect(await upload('/api/import/transcript', 'empty.txt', '')).toMatchObject({ status: 400, body: { code: 'bad_input' } });
    const big = await upload('/api/import/transcript', 'big.txt', Buffer.alloc(UPLOAD_LIMIT + 1, 65));
    expect(big).toMatchObject({ status: 413, body: { status: 413, code: 'file_too_large' } });
  });

  it('401 without the token, before the body is read', async () => {
    const res = await upload('/api/import/transcript', 'x.txt', 'J1: hi', { host: '127.0.0.1:1' });
    expect(res).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
    expect((await server.app.inject({ method: 'GET', url: '/api/export/file?format=qdc', headers: { host: '127.0.0.1:1' } })).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'GET', url: '/api/backup', headers: { host: '127.0.0.1:1' } })).statusCode).toBe(401);
  });

  it('applies a participants CSV, and refuses a broken one with the line', async () => {
    const ok = await upload('/api/import/participants', 'people.csv', 'participant,perspective,case,age_band\nJ1,J,G1,25-34\nJ2,J,G1,35-44\n');
    expect(ok).toMatchObject({ status: 200, body: { participants: 2 } });
    const bad = await upload('/api/import/participants', 'bad.csv', 'perspective\nJ\n');
    expect(bad).toMatchObject({ status: 400, body: { code: 'parse_error' } });
  });

  it('applies an analysis file; 400 for bad JSON, 422 listing the problems of an invalid one', async () => {
    const file = {
      dataset: 'Test', perspectives: [{ id: 'J', label: 'Jobseekers' }], codes: [{ name: 'Being heard', description: '' }],
      codings: [{ participant: 'J1', code: 'Being heard', quote: 'I felt heard' }],
      themes: [{ perspective: 'J', name: 'Voice', level: 'main', definition: '', codes: ['Being heard'] }], triangulation: [],
    };
    const ok = await upload('/api/import/analysis', 'analysis.json', JSON.stringify(file));
    expect(ok).toMatchObject({ status: 200, body: { codes: { created: 1 }, codings: { created: 1 }, themes: { created: 1 } } });
    expect(await upload('/api/import/analysis', 'a.json', '{ nope')).toMatchObject({ status: 400, body: { code: 'parse_error' } });
    const wrong = { ...file, codings: [{ participant: 'J1', code: 'Being heard', quote: 'never said' }] };
    expect(await upload('/api/import/analysis', 'a.json', JSON.stringify(wrong))).toMatchObject({ status: 422, body: { code: 'analysis_invalid' } });
  });

  it('merges a codebook exported as .qdc', async () => {
    await json('POST', '/api/codes', { name: 'Being heard' });
    const qdc = await get('/api/export/file?format=qdc');
    const merged = await upload('/api/import/codebook', 'book.qdc', qdc.rawPayload);
    expect(merged).toMatchObject({ status: 200, body: { created: 0, existing: 1 } });
  });
});

describe('downloads', () => {
  it('serves every export format with a file name, and 400 for an unknown one', async () => {
    await json('POST', '/api/codes', { name: 'Being heard' });
    const formats = (await json('GET', '/api/export/formats')).body as unknown as { id: string; extension: string }[];
    expect(formats.map((f) => f.id)).toContain('qdpx');
    for (const f of formats) {
      const res = await get(`/api/export/file?format=${f.id}`);
      expect(res.statusCode, f.id).toBe(200);
      expect(res.headers['content-disposition']).toContain(`filename="Test-study${f.extension}"`);
      expect(res.rawPayload.length).toBeGreaterThan(0);
    }
    const bad = await get('/api/export/file?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'bad_input' });
    expect((await get('/api/export/file')).statusCode).toBe(400);
  });

  it('serves the report as markdown and Word and the theme table as CSV', async () => {
    await json('POST', '/api/themes', { name: 'Being seen', perspective: 'J' });
    const md = await get('/api/report/file?format=md');
    expect(md.headers['content-disposition']).toContain('Test-study-report.md');
    expect(md.body).toContain('Being seen');
    const docx = await get('/api/report/file?format=docx');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const csv = await get('/api/report/file?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Main theme,"Being seen — 0 segments');
    expect((await get('/api/report/file?format=pdf')).statusCode).toBe(400);
  });

  it('serves a full backup that is an SQLite file', async () => {
    const res = await get('/api/backup');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('Test-study-backup.polyphony');
    expect(res.rawPayload.subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

describe('heat map, search and log', () => {
  it('counts codes by perspective, by case and by attribute; 400 for an unknown attribute', async () => {
    await json('POST', '/api/codes', { name: 'Being heard' });
    await json('POST', '/api/codings', { source: 'J1 interview', code: 'Being heard', quote: 'I felt heard' });
    const m = await json('GET', '/api/matrix');
    expect(m.body).toMatchObject({ cols: 'perspective', columns: [{ id: 'J', label: 'Jobseekers' }], rows: [{ name: 'Being heard', cells: [{ segments: 1, participants: 1 }] }] });
    expect((await json('GET', '/api/matrix?cols=case')).body).toMatchObject({ columns: [{ id: 'G1', label: 'Group 1' }] });
    expect(await json('GET', '/api/matrix?cols=shoe_size')).toMatchObject({ status: 400, body: { code: 'bad_input' } });
  });

  it('pages hits with the match cut out of its context', async () => {
    const page = await json('GET', '/api/search/hits?q=heard&limit=5');
    expect(page.body).toMatchObject({ total: 1, offset: 0, hits: [{ sourceName: 'J1 interview', match: 'heard', before: expect.stringContaining('I felt') }] });
    expect(await json('GET', '/api/search/hits?q=')).toMatchObject({ status: 400 });
    expect(await json('GET', '/api/search/hits?q=heard&limit=1000')).toMatchObject({ status: 400 });
  });

  it('codes all hits in one step that one undo reverts', async () => {
    await json('POST', '/api/codes', { name: 'Money' });
    const preview = await json('GET', '/api/search/code-all?q=money%20OR%20job');
    expect(preview.body).toMatchObject({ matches: 2, sources: [{ sourceName: 'J1 interview', matches: 2 }] });
    const done = await json('POST', '/api/search/code-all', { q: 'money OR job', code: 'Money' });
    expect(done.body).toEqual({ coded: 2, existing: 0, sources: 1 });
    expect((await json('GET', '/api/codes/Money/codings')).body).toHaveLength(2);
    await json('POST', '/api/undo');
    expect((await json('GET', '/api/codes/Money/codings')).body).toHaveLength(0);
    expect(await json('POST', '/api/search/code-all', { q: 'money', code: 'Nope' })).toMatchObject({ status: 404, body: { code: 'unknown_code' } });
    expect(await json('POST', '/api/search/code-all', { q: 'zebra', code: 'Money' })).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('pages the audit log newest first with labels', async () => {
    await json('POST', '/api/codes', { name: 'First' });
    await json('POST', '/api/codes', { name: 'Second' });
    const page = await json('GET', '/api/log/page?limit=1');
    expect(page.body).toMatchObject({ offset: 0, hasMore: true, entries: [{ action: 'code.create', entity: 'codes', label: 'Second', actor: 'tester' }] });
    const next = await json('GET', '/api/log/page?limit=1&offset=1');
    expect(next.body).toMatchObject({ entries: [{ label: 'First' }] });
    expect(await json('GET', '/api/log/page?offset=-1')).toMatchObject({ status: 400 });
  });
});
