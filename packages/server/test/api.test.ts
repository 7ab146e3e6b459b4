import { describe, expect, it } from 'vitest';
import { apiCall, TEST_TOKEN, useTestServer } from './test-server.js';

const TOKEN = TEST_TOKEN;
const auth = { authorization: `Bearer ${TOKEN}`, host: '127.0.0.1:4000' };

const server = useTestServer();

async function api(method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: object) {
  const res = await server.app.inject(apiCall(method, url, payload, auth));
  return { status: res.statusCode, body: res.json() as Record<string, unknown> & unknown[] };
}

describe('authentication', () => {
  it('refuses an API call without the token', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/project', headers: { host: '127.0.0.1:4000' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('refuses a wrong token of the right length', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/project', headers: { host: '127.0.0.1:4000', authorization: `Bearer ${'x'.repeat(TOKEN.length)}` } });
    expect(res.statusCode).toBe(401);
  });

  it('sets no cookie and opens nothing with one: the token is only read from the bearer header', async () => {
    const page = await server.app.inject({ method: 'GET', url: `/?token=${TOKEN}`, headers: { host: '127.0.0.1:4000' } });
    expect(page.headers['set-cookie']).toBeUndefined();
    const res = await server.app.inject({ method: 'GET', url: '/api/project', headers: { host: '127.0.0.1:4000', cookie: `polyphony_token=${TOKEN}` } });
    expect(res.statusCode).toBe(401);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/project', headers: { ...auth, host: 'evil.example:4000' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('sources and coding', () => {
  it('lists sources with perspective and case, and serves one with text and turns', async () => {
    const list = await api('GET', '/api/sources');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ name: 'J1 interview', perspective: 'J', case: 'G1', turns: 2 })]);
    const id = (list.body[0] as { id: string }).id;
    const one = await api('GET', `/api/sources/${id}`);
    expect(one.body).toMatchObject({ turns: [{ speaker: 'Interviewer' }, { speaker: 'J1', participant: 'J1' }] });
    expect(String(one.body.text)).toContain('I felt heard');
  });

  it('creates a code and codes a passage by quote and by offsets', async () => {
    const code = await api('POST', '/api/codes', { name: 'Being heard' });
    expect(code.status).toBe(200);
    expect(code.body).toMatchObject({ name: 'Being heard', codings: 0 });
    const byQuote = await api('POST', '/api/codings', { source: 'J1 interview', code: 'Being heard', quote: 'I felt heard' });
    expect(byQuote.status).toBe(200);
    expect(byQuote.body).toMatchObject({ segment: { exact: 'I felt heard', participant: 'J1' } });
    const start = (byQuote.body as { segment: { start: number } }).segment.start;
    const safety = await api('POST', '/api/codes', { name: 'Safety net' });
    const byOffsets = await api('POST', '/api/codings', { source: 'J1 interview', code: String(safety.body.id), start, end: start + 5 });
    expect(byOffsets.body).toMatchObject({ segment: { exact: 'I fel' } });
  });

  it('answers 409 for a duplicate code name', async () => {
    await api('POST', '/api/codes', { name: 'Money' });
    const again = await api('POST', '/api/codes', { name: 'Money' });
    expect(again.status).toBe(409);
  });

  it('removes a coding and says 404 when it is gone', async () => {
    await api('POST', '/api/codes', { name: 'Money' });
    const made = await api('POST', '/api/codings', { source: 'J1 interview', code: 'Money', quote: 'the money' });
    const id = (made.body as { coding: { id: string } }).coding.id;
    expect((await api('DELETE', `/api/codings/${id}`)).status).toBe(200);
    const again = await api('DELETE', `/api/codings/${id}`);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'not_found' });
  });
});

describe('error paths', () => {
  it('404 for an unknown code', async () => {
    const res = await api('PATCH', '/api/codes/no-such-code', { description: 'x' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, code: 'unknown_code' });
    expect(typeof res.body.message).toBe('string');
  });

  it('404 for an unknown source', async () => {
    const res = await api('GET', '/api/sources/nope');
    expect(res.body).toMatchObject({ status: 404, code: 'unknown_source' });
  });

  it('422 when the quote is not in the text', async () => {
    await api('POST', '/api/codes', { name: 'Money' });
    const res = await api('POST', '/api/codings', { source: 'J1 interview', code: 'Money', quote: 'words nobody said' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'quote_not_found' });
  });

  it('422 for offsets outside the text', async () => {
    await api('POST', '/api/codes', { name: 'Money' });
    const res = await api('POST', '/api/codings', { source: 'J1 interview', code: 'Money', start: 5, end: 100_000 });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'offsets_out_of_range' });
  });

  it('400 for an invalid body, naming the field', async () => {
    const res = await api('POST', '/api/codes', { name: 42, color: 'red' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: 'bad_input' });
    expect(String(res.body.message)).toMatch(/^name:/);
  });

  it('400 for a coding with neither offsets nor quote', async () => {
    const res = await api('POST', '/api/codings', { source: 'J1 interview', code: 'x' });
    expect(res.status).toBe(400);
  });

  it('400 for malformed JSON', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/codes', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"name":' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad_input' });
  });

  it('404 JSON for an unknown API route', async () => {
    const res = await api('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'route_not_found' });
  });
});
