import { startServer, type RunningServer } from '@polyphony/server';
import { openProject } from '@polyphony/store';
import { createServer as createHttpServer, Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStudy, launchChromium, recordCspViolations, WEB_ROOT } from './fixture.js';
import { WorkbenchPage } from './page-models/workbench-page.js';

/**
 * Every request any server in this process receives (the two projects and the foreign page),
 * as the server saw it: method, request-line target, headers, and the status it answered.
 * Recorded at Node's HTTP server, below Fastify, so nothing the app does can hide a request.
 */
const seen: { method: string; url: string; headers: IncomingMessage['headers']; status?: number }[] = [];
const emit = Server.prototype.emit;
Server.prototype.emit = function record(this: Server, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    const entry: (typeof seen)[number] = { method: request.method ?? '', url: request.url ?? '', headers: { ...request.headers } };
    seen.push(entry);
    response.on('finish', () => (entry.status = response.statusCode));
  }
  return emit.call(this, event, ...args);
} as typeof emit;

let dir: string;
let a: RunningServer;
let b: RunningServer;
let foreign: Server;
let foreignOrigin: string;
let browser: Browser;
let context: BrowserContext;
let csp: string[];

/** A page on a third local port, as any web page the user visits could be: it tries its luck. */
function startForeignPage(): Promise<Server> {
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Some other local app</title><iframe name="sink" hidden></iframe>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What a project holds that a foreign page could change, read with the project's own token. */
async function state(server: RunningServer): Promise<string> {
  const read = async (path: string) => (await fetch(`http://127.0.0.1:${server.port}${path}`, { headers: { authorization: `Bearer ${server.token}` } })).json();
  return JSON.stringify({ codes: await read('/api/codes'), memos: await read('/api/memos?targetKind=project'), log: await read('/api/log?limit=500'), sources: await read('/api/sources') });
}

async function openLink(server: RunningServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.project-name').waitFor();
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polyphony-access-e2e-'));
  const fileA = await buildStudy(mkdtempSync(join(dir, 'a-')));
  const fileB = await buildStudy(mkdtempSync(join(dir, 'b-')));
  const second = await openProject(fileB, { actor: 'e2e' });
  await second.setName('Second study');
  await second.close();
  a = await startServer({ file: fileA, port: 0, open: false, webRoot: WEB_ROOT, actor: 'e2e', print: () => undefined });
  b = await startServer({ file: fileB, port: 0, open: false, webRoot: WEB_ROOT, actor: 'e2e', print: () => undefined });
  foreign = await startForeignPage();
  foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  csp = recordCspViolations(context);
});

afterAll(async () => {
  Server.prototype.emit = emit;
  await browser?.close();
  await a?.close();
  await b?.close();
  await new Promise((resolve) => foreign?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the printed link, and only the app, opens the project', () => {
  it('leaves no token in the address bar, the page’s URL or the session history, and the server never sees it in a URL', async () => {
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    const page = await openLink(a);
    expect(page.url()).toBe(`http://127.0.0.1:${a.port}/`);
    expect(await page.evaluate(() => location.href)).not.toContain('token');
    // Walk on and back: every entry of the tab's history, as the browser keeps it.
    await new WorkbenchPage(page).goToPhase('Themes');
    await page.goBack();
    const cdp = await context.newCDPSession(page);
    const history = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
    expect(history.entries.length).toBeGreaterThan(1);
    for (const entry of history.entries) expect(entry.url).not.toContain('token');
    await cdp.detach();

    const toServers = seen.filter((r) => [a.port, b.port].some((p) => r.headers.host === `127.0.0.1:${p}`));
    expect(toServers.length).toBeGreaterThan(5);
    for (const r of toServers) {
      expect(r.url).not.toMatch(/token/i);
      expect(r.url).not.toContain(a.token);
      // The token travels only in the Authorization header: no cookie, no Referer carries it.
      for (const [name, value] of Object.entries(r.headers)) if (name !== 'authorization') expect(String(value)).not.toContain(a.token);
    }
    expect(toServers.some((r) => r.headers.authorization === `Bearer ${a.token}`)).toBe(true);
    expect(toServers.every((r) => r.headers.cookie === undefined)).toBe(true);
    await page.close();
  });

  it('keeps two projects on two ports open side by side in one browser, each working after the other was used', async () => {
    const pageA = await openLink(a);
    const pageB = await openLink(b);
    expect(await pageA.locator('.project-name').innerText()).toBe('IPS meetings study');
    expect(await pageB.locator('.project-name').innerText()).toBe('Second study');

    for (const [page, name] of [[pageA, 'Coded in A'], [pageB, 'Coded in B'], [pageA, 'Coded in A again']] as const) {
      // A fresh load reads the token from storage again: the other project did not replace it.
      await page.reload();
      const wb = new WorkbenchPage(page);
      await wb.openSource('J1 interview');
      await wb.select('I felt heard');
      await wb.codeSelectionWithKeyboard(name);
      await expect.poll(() => wb.codeNames()).toContain(name);
    }
    const namesA = await new WorkbenchPage(pageA).codeNames();
    expect(namesA).toEqual(expect.arrayContaining(['Coded in A', 'Coded in A again']));
    expect(namesA).not.toContain('Coded in B');
    await pageA.close();
    await pageB.close();
  });

  it('gives a page on a third local port nothing to read and nothing to write, even with both projects open', async () => {
    const appA = await openLink(a);
    const appB = await openLink(b);
    const before = [await state(a), await state(b)];
    const page = await context.newPage();
    await page.goto(foreignOrigin);
    const outcomes = await page.evaluate(async (targets) => {
      const results: string[] = [];
      const attempt = async (what: string, run: () => Promise<unknown>) => {
        try {
          const r = await run();
          results.push(`${what}: ${r instanceof Response ? `${r.type} ${r.status} ${r.type === 'opaque' ? '' : (await r.text()).slice(0, 80)}` : String(r)}`);
        } catch (e) {
          results.push(`${what}: refused (${(e as Error).name})`);
        }
      };
      const planted = JSON.stringify({ name: 'Planted', text: 'Planted memo', targetKind: 'project' });
      for (const origin of targets) {
        await attempt(`read ${origin}`, () => fetch(`${origin}/api/project`, { credentials: 'include' }));
        await attempt(`read ${origin} encoded`, () => fetch(`${origin}/%61pi/backup`, { credentials: 'include' }));
        await attempt(`cors POST ${origin}`, () => fetch(`${origin}/api/codes`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: planted }));
        for (const path of ['/api/codes', '/api/codes?name=Planted', '/%61pi/codes?name=Planted', '/api/memos?text=Planted&targetKind=project', '/api/undo']) {
          await attempt(`no-cors POST ${origin}${path}`, () => fetch(`${origin}${path}`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: planted }));
        }
        await attempt(`beacon ${origin}`, async () => navigator.sendBeacon(`${origin}/api/codes?name=Planted`, planted));
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = `${origin}/api/codes?name=Planted`;
        form.enctype = 'text/plain';
        form.target = 'sink';
        const field = document.createElement('input');
        field.name = '{"name":"Planted","x":"';
        field.value = '"}';
        form.append(field);
        document.body.append(form);
        form.submit();
        await new Promise((r) => setTimeout(r, 500));
        results.push(`own storage holds: ${String(localStorage.getItem('polyphony.token'))}`);
      }
      return results;
    }, [`http://127.0.0.1:${a.port}`, `http://127.0.0.1:${b.port}`]);
    // Reads are blocked by the browser (no CORS) and refused by the server (no token).
    for (const line of outcomes.filter((l) => l.startsWith('read') || l.startsWith('cors'))) expect(line).toMatch(/refused/);
    expect(outcomes.filter((l) => l.startsWith('own storage'))).toEqual(['own storage holds: null', 'own storage holds: null']);
    await new Promise((r) => setTimeout(r, 500));
    expect([await state(a), await state(b)]).toEqual(before);
    // And the servers refused every request the foreign page got through to them.
    const projectHosts = [a.port, b.port].map((p) => `127.0.0.1:${p}`);
    const fromForeign = seen.filter((r) => r.headers.origin === foreignOrigin && projectHosts.includes(r.headers.host ?? ''));
    console.log(`foreign page: ${outcomes.length} attempts, ${fromForeign.length} requests reached the projects' servers, ${fromForeign.filter((r) => (r.status ?? 0) >= 400).length} refused`);
    expect(fromForeign.length).toBeGreaterThanOrEqual(14);
    for (const r of fromForeign) expect(r.status, `${r.method} ${r.url}`).toBeGreaterThanOrEqual(400);
    await page.close();
    await appA.close();
    await appB.close();
  });

  it('cannot be framed by another page', async () => {
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => refusals.push(m.text()));
    await page.goto(foreignOrigin);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      return new Promise((r) => frame.addEventListener('load', r));
    }, `http://127.0.0.1:${a.port}/`);
    await page.waitForTimeout(500);
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(child).toBeDefined();
    expect(child?.url()).not.toBe(`http://127.0.0.1:${a.port}/`);
    expect(await child?.locator('.project-name').count().catch(() => 0)).toBe(0);
    expect(refusals.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    await page.close();
  });

  it('runs every screen without a single refusal under the Content-Security-Policy', async () => {
    const page = await openLink(a);
    for (const hash of ['#/phase/1', '#/phase/2/source/J1%20interview', '#/phase/3', '#/review', '#/phase/5', '#/phase/6', '#/search?q=heard', '#/exchange', '#/log']) {
      await page.goto(`http://127.0.0.1:${a.port}/${hash}`);
      await page.locator('.project-name').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
    }
    await page.close();
    // The framing refusal above is logged by the foreign page, not by ours.
    expect(csp.filter((line) => !/frame-ancestors/.test(line))).toEqual([]);
  });
});
