import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessToken, takeTokenFromLink } from './access-token.js';
import { call } from './client.js';
import { dispositionFileName } from './download.js';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the token from the printed link', () => {
  it('is stored and removed from the address and the current history entry', () => {
    history.replaceState(null, '', '/#token=abc_DEF-123');
    const entries = history.length;
    takeTokenFromLink();
    expect(accessToken()).toBe('abc_DEF-123');
    expect(location.href).not.toContain('token');
    expect(location.hash).toBe('');
    expect(history.length).toBe(entries);
  });

  it('leaves a route fragment alone', () => {
    history.replaceState(null, '', '/#/phase/3');
    takeTokenFromLink();
    expect(location.hash).toBe('#/phase/3');
    expect(localStorage.length).toBe(0);
  });

  it('rides on every API call as a bearer header, with no browser credentials', async () => {
    history.replaceState(null, '', '/#token=tok');
    takeTokenFromLink();
    const seen: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response('{"name":"x"}', { status: 200 });
    });
    await call('GET /api/project', {});
    await call('POST /api/codes', { name: 'A' });
    for (const init of seen) {
      expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok');
      expect(init.credentials).toBe('omit');
    }
  });
});

describe('the name of a downloaded file', () => {
  it('prefers the exact UTF-8 name, then the plain one, then the fallback, and keeps only a base name', () => {
    expect(dispositionFileName(`attachment; filename="Studie.docx"; filename*=UTF-8''%C3%98konomi-studie.docx`, 'x')).toBe('Økonomi-studie.docx');
    expect(dispositionFileName('attachment; filename="report.md"', 'x')).toBe('report.md');
    expect(dispositionFileName(`attachment; filename*=UTF-8''..%2F..%2Fevil.sh`, 'x')).toBe('evil.sh');
    expect(dispositionFileName(null, 'report.csv')).toBe('report.csv');
  });
});
