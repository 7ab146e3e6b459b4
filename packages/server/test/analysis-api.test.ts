import { describe, expect, it } from 'vitest';
import { apiCall, useTestServer } from './test-server.js';

const server = useTestServer();

async function api(method: 'GET' | 'POST' | 'DELETE' | 'PATCH', url: string, payload?: object) {
  const res = await server.app.inject(apiCall(method, url, payload));
  return { status: res.statusCode, body: res.json() as never as Record<string, unknown> & Record<string, unknown>[] };
}

describe('codings, undo and redo', () => {
  it('lists a source’s codings with segments; undo removes the coding, redo brings it back', async () => {
    await api('POST', '/api/codes', { name: 'Being heard' });
    await api('POST', '/api/codings', { source: 'J1 interview', code: 'Being heard', quote: 'I felt heard' });
    const listed = await api('GET', '/api/sources/J1%20interview/codings');
    expect(listed.body).toEqual([expect.objectContaining({ segment: expect.objectContaining({ exact: 'I felt heard' }) })]);
    const codes = await api('GET', '/api/codes');
    expect(codes.body[0]).toMatchObject({ name: 'Being heard', codings: 1, byPerspective: { J: 1 } });

    expect((await api('POST', '/api/undo')).status).toBe(200);
    expect((await api('GET', '/api/sources/J1%20interview/codings')).body).toEqual([]);
    expect((await api('POST', '/api/redo')).status).toBe(200);
    expect((await api('GET', '/api/sources/J1%20interview/codings')).body).toHaveLength(1);
  });

  it('409 when there is nothing to redo', async () => {
    const res = await api('POST', '/api/redo');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'nothing_to_redo' });
  });
});

describe('themes and computed outputs', () => {
  it('a theme with a code shows in the theme table and a cross-cutting one in the triangulation', async () => {
    const code = await api('POST', '/api/codes', { name: 'Being heard' });
    await api('POST', '/api/codings', { source: 'J1 interview', code: 'Being heard', quote: 'I felt heard' });
    const theme = await api('POST', '/api/themes', { name: 'Being seen', perspective: 'J' });
    const withCode = await api('POST', `/api/themes/${String(theme.body.id)}/codes`, { code: String(code.body.id) });
    expect(withCode.body).toMatchObject({ codes: [code.body.id] });
    await api('POST', '/api/themes', { name: 'Voice', perspective: null });

    const table = await api('GET', '/api/theme-table');
    expect(table.body).toMatchObject({ perspectives: [{ id: 'J', participants: 1 }] });
    expect((table.body as unknown as { themes: unknown[] }).themes).toContainEqual(
      expect.objectContaining({ name: 'Being seen', level: 'main', segments: 1, participants: 1 }),
    );
    const tri = await api('GET', '/api/triangulation');
    expect(tri.body).toEqual([expect.objectContaining({ name: 'Voice', silent: ['J'] })]);
  });

  it('404 when adding a code to an unknown theme', async () => {
    const res = await api('POST', '/api/themes/nope/codes', { code: 'x' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'unknown_theme' });
  });
});

describe('memos, journal, search and log', () => {
  it('keeps memos per source and journal entries per phase', async () => {
    await api('POST', '/api/memos', { text: 'Long pauses here', targetKind: 'source', targetId: (await api('GET', '/api/sources')).body[0]?.id as string });
    await api('POST', '/api/memos', { text: 'I expected more about money', targetKind: 'project', phase: 1 });
    const journal = await api('GET', '/api/journal');
    expect(journal.body).toEqual([expect.objectContaining({ text: 'I expected more about money', phase: 1 })]);
  });

  it('finds words with a snippet, and logs changes', async () => {
    const hits = await api('GET', '/api/search?q=heard');
    expect(hits.body[0]).toMatchObject({ sourceName: 'J1 interview' });
    expect(String(hits.body[0]?.snippet)).toContain('heard');
    await api('POST', '/api/codes', { name: 'Money' });
    const log = await api('GET', '/api/log?limit=5');
    expect(log.body.length).toBeGreaterThan(0);
    expect((await api('GET', '/api/log?limit=0')).status).toBe(400);
  });
});
