import { describe, expect, it } from 'vitest';
import { apiCall, AUTH_HEADERS, useTestServer } from './test-server.js';

const server = useTestServer();

type Body = Record<string, unknown>;

/** A JSON request with the bearer token, as the web client sends it. */
async function send(method: 'GET' | 'POST' | 'PATCH', url: string, body?: object): Promise<{ status: number; body: Body & Body[] }> {
  const res = await server.app.inject(apiCall(method, url, body, { ...AUTH_HEADERS, 'content-type': 'application/json' }));
  return { status: res.statusCode, body: res.json() };
}

/** A raw upload, named as the exchange routes take it. */
async function upload(path: string, name: string, text: string): Promise<{ status: number; body: Body }> {
  const res = await server.app.inject({
    method: 'POST', url: `${path}?name=${encodeURIComponent(name)}`,
    headers: { ...AUTH_HEADERS, 'content-type': 'application/octet-stream' }, payload: Buffer.from(text),
  });
  return { status: res.statusCode, body: res.json() };
}

/**
 * Names that break a rule, with the message the API must answer (the store's tests try every
 * rule; here, that each answer is a 422 with our code and message).
 */
const BAD: [what: string, name: string, message: string][] = [
  ['a right-to-left override', 'Pres\u202Esure', '"Pres⟨U+202E⟩sure" contains a right-to-left override (U+202E) at position 5'],
  ['only zero-width spaces', '\u200B\u200B', '"⟨U+200B⟩⟨U+200B⟩" contains a zero-width space (U+200B) at position 1'],
  ['only spaces', '   ', 'cannot be empty'],
  ['201 characters', 'y'.repeat(201), 'is 201 characters long; a name has at most 200'],
];

// Ø has no decomposed form; the å of "på" has (a + U+030A).
const NFC = 'Økonomi på sikt';
const NFD = NFC.normalize('NFD');

describe('names through the API', () => {
  it.each(BAD)('a code name with %s: 422 invalid_name on create and rename, nothing changed', async (_what, name, message) => {
    const made = await send('POST', '/api/codes', { name });
    expect(made.status).toBe(422);
    expect(made.body).toMatchObject({ status: 422, code: 'invalid_name' });
    expect(String(made.body.message)).toContain(message);
    const money = await send('POST', '/api/codes', { name: 'Money' });
    const renamed = await send('PATCH', `/api/codes/${String(money.body.id)}`, { name });
    expect(renamed).toMatchObject({ status: 422, body: { code: 'invalid_name' } });
    expect((await send('GET', '/api/codes')).body.map((c) => c.name)).toEqual(['Money']);
  });

  it.each(BAD)('a theme name with %s: 422 invalid_name on create and rename', async (_what, name, message) => {
    const made = await send('POST', '/api/themes', { name });
    expect(made).toMatchObject({ status: 422, body: { status: 422, code: 'invalid_name' } });
    expect(String(made.body.message)).toMatch(new RegExp(`^(Theme name |A theme name )`));
    expect(String(made.body.message)).toContain(message);
    const heard = await send('POST', '/api/themes', { name: 'Being heard' });
    const renamed = await send('PATCH', `/api/themes/${String(heard.body.id)}`, { name });
    expect(renamed).toMatchObject({ status: 422, body: { code: 'invalid_name' } });
    expect((await send('GET', '/api/themes')).body.map((t) => t.name)).toEqual(['Being heard']);
  });

  it('a code or theme named decomposed after its composed twin is a duplicate (409)', async () => {
    expect((await send('POST', '/api/codes', { name: NFC })).status).toBe(200);
    expect(await send('POST', '/api/codes', { name: NFD })).toMatchObject({ status: 409, body: { code: 'duplicate_name' } });
    expect((await send('POST', '/api/themes', { name: NFD })).body).toMatchObject({ name: NFC });
    expect(await send('POST', '/api/themes', { name: NFC })).toMatchObject({ status: 409, body: { code: 'duplicate_name' } });
  });

  it('keeps the joiners Persian and emoji need', async () => {
    expect((await send('POST', '/api/codes', { name: 'می\u200Cخواهم' })).body).toMatchObject({ name: 'می\u200Cخواهم' });
    expect((await send('POST', '/api/themes', { name: 'Familie 👨\u200D👩\u200D👧' })).body).toMatchObject({ name: 'Familie 👨\u200D👩\u200D👧' });
  });

  it('a transcript whose file name holds control characters is imported under the cleaned name, with a warning', async () => {
    const res = await upload('/api/import/transcript', 'J1 follow\u202E-up\u0007.txt', 'Interviewer: And now?\nJ1: Better.');
    expect(res).toMatchObject({ status: 200, body: { status: 'imported', source: 'J1 follow-up' } });
    expect(res.body.warnings).toContain('Source name "J1 follow⟨U+202E⟩-up⟨U+0007⟩" was stored as "J1 follow-up" (a right-to-left override (U+202E) removed, a control character (U+0007) removed)');
    const blank = await upload('/api/import/transcript', '\u200B\u202E.txt', 'Interviewer: Hello?');
    expect(blank).toMatchObject({ status: 422, body: { code: 'file_rejected', details: { result: { status: 'failed', error: { code: 'invalid_name' } } } } });
  });

  it('a participants CSV with an invisible character in an id: 422 invalid_name, nobody added', async () => {
    const res = await upload('/api/import/participants', 'people.csv', 'participant,perspective,case\nJ7\u200B,J,G1\n');
    expect(res).toMatchObject({ status: 422, body: { code: 'invalid_name', message: 'Participant id "J7⟨U+200B⟩" contains a zero-width space (U+200B) at position 3' } });
    expect((await send('GET', '/api/participants')).body.map((p) => p.id)).toEqual(['J1']);
  });
});
