import { describe, expect, it } from 'vitest';
import { INTERVIEW } from './build-project.js';
import { apiCall, useTestServer } from './test-server.js';

const server = useTestServer();

async function api(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  const res = await server.app.inject(apiCall(method, url, payload));
  return { status: res.statusCode, body: res.json() as unknown };
}

async function sourceId(): Promise<string> {
  const list = (await api('GET', '/api/sources')).body as { id: string }[];
  return (list[0] as { id: string }).id;
}

describe('GET /api/sources/:id/lean-codings', () => {
  it('gives each coding its offsets, code and coder, without quote or context, and the text revision', async () => {
    const id = await sourceId();
    await api('POST', '/api/codes', { name: 'Being heard' });
    const made = (await api('POST', '/api/codings', { source: id, code: 'Being heard', quote: 'I felt heard' })).body as { coding: { id: string; code: string; coder: string }; segment: { id: string; start: number; end: number } };
    await api('PATCH', `/api/codings/${made.coding.id}`, { comment: 'first time' });
    const source = (await api('GET', `/api/sources/${id}`)).body as { revision: number };

    const res = await api('GET', `/api/sources/${id}/lean-codings`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      source: id,
      revision: source.revision,
      codings: [{ id: made.coding.id, segment: made.segment.id, code: made.coding.code, coder: made.coding.coder, start: made.segment.start, end: made.segment.end, comment: 'first time' }],
    });
    expect(JSON.stringify(res.body)).not.toContain('I felt heard');
  });

  it('leaves out orphans and reports the new revision after the text changed', async () => {
    const id = await sourceId();
    await api('POST', '/api/codes', { name: 'Being heard' });
    await api('POST', '/api/codings', { source: id, code: 'Being heard', quote: 'I felt heard' });
    const before = (await api('GET', `/api/sources/${id}/lean-codings`)).body as { revision: number; codings: unknown[] };
    expect(before.codings).toHaveLength(1);
    await server.project.replaceSourceText('J1 interview', INTERVIEW.replace('I felt heard', 'Nobody listened to me at all'));
    const after = (await api('GET', `/api/sources/${id}/lean-codings`)).body as { revision: number; codings: unknown[] };
    expect(after.codings).toEqual([]);
    expect(after.revision).toBe(before.revision + 1);
  });

  it('answers by source name too, and 404 for an unknown source', async () => {
    expect((await api('GET', `/api/sources/${encodeURIComponent('J1 interview')}/lean-codings`)).body).toMatchObject({ source: await sourceId(), codings: [] });
    const missing = await api('GET', '/api/sources/nope/lean-codings');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, code: 'unknown_source' });
  });
});
