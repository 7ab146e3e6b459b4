import { describe, expect, it } from 'vitest';
import { INTERVIEW } from './build-project.js';
import { apiCall, useTestServer } from './test-server.js';

const server = useTestServer();

type Body = Record<string, unknown> & Record<string, unknown>[];
async function api(method: 'GET' | 'POST' | 'DELETE' | 'PATCH', url: string, payload?: object) {
  const res = await server.app.inject(apiCall(method, url, payload));
  return { status: res.statusCode, body: res.json() as never as Body };
}

/** Codes "I felt heard" with a new code and returns the ids. */
async function coded(name = 'Being heard') {
  const code = await api('POST', '/api/codes', { name });
  const made = await api('POST', '/api/codings', { source: 'J1 interview', code: name, quote: 'I felt heard' });
  const body = made.body as unknown as { coding: { id: string }; segment: { id: string } };
  return { code: String(code.body.id), coding: body.coding.id, segment: body.segment.id };
}

describe('PATCH /api/codings/:id', () => {
  it('sets a comment and moves a coding to another code; one undo reverts the move', async () => {
    const { coding } = await coded();
    const other = await api('POST', '/api/codes', { name: 'Money worries' });
    const commented = await api('PATCH', `/api/codings/${coding}`, { comment: 'said with relief' });
    expect(commented.status).toBe(200);
    expect(commented.body).toMatchObject({ coding: { comment: 'said with relief' }, segment: { exact: 'I felt heard' } });

    const moved = await api('PATCH', `/api/codings/${coding}`, { code: 'Money worries' });
    expect(moved.body).toMatchObject({ coding: { code: other.body.id, comment: 'said with relief' } });
    const listed = await api('GET', '/api/sources/J1%20interview/codings');
    expect(listed.body).toHaveLength(1);

    await api('POST', '/api/undo');
    const back = (await api('GET', '/api/sources/J1%20interview/codings')).body as unknown as { coding: { id: string } }[];
    expect(back.map((c) => c.coding.id)).toEqual([coding]);
  });

  it('400 without a change, 404 for an unknown coding or code', async () => {
    const { coding } = await coded();
    expect((await api('PATCH', `/api/codings/${coding}`, {})).body).toMatchObject({ status: 400, code: 'bad_input' });
    expect((await api('PATCH', '/api/codings/nope', { comment: 'x' })).body).toMatchObject({ status: 404, code: 'not_found' });
    expect((await api('PATCH', `/api/codings/${coding}`, { code: 'No such code' })).status).toBe(404);
  });
});

describe('themes: delete, evidence and exemplars', () => {
  it('lists a theme’s codings, picks and removes an exemplar, deletes the theme (undoable)', async () => {
    const { code, segment } = await coded();
    const theme = await api('POST', '/api/themes', { name: 'Being seen', perspective: 'J' });
    const id = String(theme.body.id);
    await api('POST', `/api/themes/${id}/codes`, { code });

    const evidence = await api('GET', `/api/themes/${id}/codings`);
    expect(evidence.body).toEqual([expect.objectContaining({ segment: expect.objectContaining({ id: segment, participant: 'J1' }) })]);

    const picked = await api('POST', `/api/themes/${id}/exemplars`, { segment });
    expect(picked.body).toMatchObject({ exemplars: [segment] });
    const dropped = await api('DELETE', `/api/themes/${id}/exemplars/${segment}`);
    expect(dropped.body).toMatchObject({ exemplars: [] });

    expect((await api('DELETE', `/api/themes/${id}`)).body).toEqual({ deleted: id });
    expect((await api('GET', '/api/themes')).body).toEqual([]);
    await api('POST', '/api/undo');
    expect((await api('GET', '/api/themes')).body).toEqual([expect.objectContaining({ id, codes: [code] })]);
  });

  it('404 for unknown themes and segments, and for removing a segment that is no exemplar', async () => {
    const { segment } = await coded();
    const theme = await api('POST', '/api/themes', { name: 'Being seen' });
    const id = String(theme.body.id);
    expect((await api('DELETE', '/api/themes/nope')).body).toMatchObject({ status: 404, code: 'unknown_theme' });
    expect((await api('GET', '/api/themes/nope/codings')).status).toBe(404);
    expect((await api('POST', `/api/themes/${id}/exemplars`, { segment: 'nope' })).body).toMatchObject({ status: 404, code: 'not_found' });
    expect((await api('POST', `/api/themes/${id}/exemplars`, {})).body).toMatchObject({ status: 400, code: 'bad_input' });
    expect((await api('DELETE', `/api/themes/${id}/exemplars/${segment}`)).body).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('orphans', () => {
  /** Replaces the coded words, so the segment cannot be found again. */
  async function orphaned() {
    const ids = await coded();
    await server.project.replaceSourceText('J1 interview', INTERVIEW.replace('I felt heard', 'Nobody listened to me at all'));
    return ids;
  }

  it('lists an orphan with its source and codings, re-attaches it by quote and by offsets', async () => {
    const { segment, coding } = await orphaned();
    const list = await api('GET', '/api/orphans');
    expect(list.body).toEqual([
      expect.objectContaining({ sourceName: 'J1 interview', segment: expect.objectContaining({ id: segment, exact: 'I felt heard', status: 'orphan' }), codings: [expect.objectContaining({ id: coding })] }),
    ]);
    const byQuote = await api('POST', `/api/segments/${segment}/reattach`, { quote: 'Nobody listened' });
    expect(byQuote.body).toMatchObject({ status: 'anchored', exact: 'Nobody listened' });
    expect((await api('GET', '/api/orphans')).body).toEqual([]);
    const byOffsets = await api('POST', `/api/segments/${segment}/reattach`, { start: 0, end: 11 });
    expect(byOffsets.body).toMatchObject({ start: 0, end: 11, exact: 'Interviewer' });
  });

  it('deletes an orphan with its codings; errors for bad input, unknown segments and missing quotes', async () => {
    const { segment } = await orphaned();
    expect((await api('POST', `/api/segments/${segment}/reattach`, {})).body).toMatchObject({ status: 400, code: 'bad_input' });
    expect((await api('POST', `/api/segments/${segment}/reattach`, { start: 5, end: 2 })).status).toBe(400);
    expect((await api('POST', '/api/segments/nope/reattach', { quote: 'Nobody' })).body).toMatchObject({ status: 404, code: 'not_found' });
    const missing = await api('POST', `/api/segments/${segment}/reattach`, { quote: 'not in the text' });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect((await api('DELETE', `/api/segments/${segment}`)).body).toEqual({ deleted: segment });
    expect((await api('GET', '/api/orphans')).body).toEqual([]);
    expect((await api('GET', '/api/sources/J1%20interview/codings')).body).toEqual([]);
    expect((await api('DELETE', `/api/segments/${segment}`)).body).toMatchObject({ status: 404, code: 'not_found' });
  });
});
