import { describe, expect, it } from 'vitest';
import { AUTH_HEADERS, useTestServer } from './test-server.js';

const server = useTestServer();

describe('downloads are recorded as copies', () => {
  it('records each export, report and backup download (kind, format, no path), so a withdrawal can name them', async () => {
    for (const url of ['/api/export/file?format=qdpx', '/api/report/file?format=md', '/api/backup']) {
      expect((await server.app.inject({ method: 'GET', url, headers: AUTH_HEADERS })).statusCode, url).toBe(200);
    }
    const copies = await server.project.listCopies();
    expect(copies.map((c) => [c.kind, c.format, c.path, c.via])).toEqual([
      ['export', 'qdpx', null, 'server'],
      ['report', 'md', null, 'server'],
      ['backup', 'polyphony', null, 'server'],
    ]);
  });

  it('records nothing for a refused export', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/api/export/file?format=pdf', headers: AUTH_HEADERS })).statusCode).toBe(400);
    expect(await server.project.listCopies()).toEqual([]);
  });
});
