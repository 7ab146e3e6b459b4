import { startServer, type RunningServer } from '@polyphony/server';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordCspViolations, WEB_ROOT } from './fixture.js';
import { BoardPage } from './page-models/board-page.js';
import { ReportPage } from './page-models/report-page.js';
import { WorkbenchPage } from './page-models/workbench-page.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  mkdirSync(join(ROOT, 'e2e/screenshots'), { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'polyphony-demo-e2e-'));
  // The same code path as `npm start`: the built CLI writes the demo study.
  execFileSync(process.execPath, [join(ROOT, 'packages/cli/dist/main.js'), 'demo', join(dir, 'demo.polyphony')], { stdio: 'pipe' });
  server = await startServer({ file: join(dir, 'demo.polyphony'), port: 0, open: false, webRoot: WEB_ROOT, actor: 'e2e', print: () => undefined });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', acceptDownloads: true });
  csp = recordCspViolations(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new user on the demo study', () => {
  it('reads, codes by keyboard, builds a theme, sees the tables, undoes, switches language and downloads the report', async () => {
    const wb = new WorkbenchPage(page);
    const report = new ReportPage(page);
    const board = new BoardPage(page);
    await page.goto(server.url);
    await page.locator('.project-name', { hasText: 'demo' }).waitFor();

    await wb.goToPhase('Familiarise');
    await wb.openSource('J1');
    expect(await wb.transcriptText()).toContain('A bit relieved');
    await wb.screenshot('demo-1-familiarise');

    await wb.goToPhase('Code');
    await page.locator('.transcript-title').waitFor();
    const before = await wb.highlightCount();
    await wb.select('A bit relieved');
    await wb.codeSelectionWithKeyboard('Relief after the meeting');
    await expect.poll(() => wb.highlightCount()).toBeGreaterThan(before);
    await expect.poll(() => wb.codeNames()).toContain('Relief after the meeting');
    await wb.screenshot('demo-2-code');

    await wb.goToPhase('Themes');
    const card = await board.newTheme('Jobseekers', 'Relief and fatigue');
    await board.addCode('Relief and fatigue', 'Relief after the meeting');
    await expect.poll(() => card.innerText()).toContain('Relief after the meeting');
    await wb.screenshot('demo-3-themes');

    await wb.goToPhase('Review');
    await page.waitForTimeout(300);
    await wb.screenshot('demo-4-review');
    await wb.goToPhase('Define');
    await page.waitForTimeout(300);
    await wb.screenshot('demo-5-define');

    await wb.goToPhase('Report');
    await expect.poll(() => report.tableText()).toContain('Relief and fatigue');
    expect(await report.triangulationText()).not.toBe('');
    await wb.screenshot('demo-6-report');

    // Undo takes the code off the card (the theme's evidence disappears), redo puts it back.
    await wb.undo();
    await expect.poll(() => page.locator('.toast').innerText()).toMatch(/undo|Undid|Angret/i);
    await wb.redo();
    await expect.poll(() => report.tableText()).toContain('Relief and fatigue');

    await wb.toggleLanguage();
    await expect.poll(() => page.locator('.rail').innerText()).toContain('Bli kjent');
    await wb.screenshot('demo-7-report-norwegian');

    // A button, not a link: the file is fetched with the bearer token and saved from a Blob.
    const button = page.getByRole('button', { name: /Word/ });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = join(dir, download.suggestedFilename() || 'report.docx');
    await download.saveAs(file);
    expect(file.endsWith('.docx')).toBe(true);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    expect(xml).toContain('Relief and fatigue');
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('fits the Code screen at 200% zoom: the transcript takes most of the width, no page-wide horizontal scroll', async () => {
    // 200% zoom on a 1280×800 screen is a 640×400 CSS viewport at twice the pixel density.
    const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const zoomedCsp = recordCspViolations(context);
    const zoomed = await context.newPage();
    await zoomed.goto(server.url);
    // The project's name sits in the side pane, which is a closed drawer at this width.
    await zoomed.locator('.project-name').waitFor({ state: 'attached' });
    const wb = new WorkbenchPage(zoomed);
    await wb.goToPhase('Code');
    // The side panes are drawers here: open the sources, pick one, and the drawer gives way.
    await wb.openSidePane();
    await wb.openSource('J1');
    await zoomed.getByRole('button', { name: 'Sources and codes', expanded: false }).waitFor();
    expect(await wb.transcriptWidthShare()).toBeGreaterThanOrEqual(0.6);
    const overflow = await zoomed.evaluate(() => ({ body: document.body.scrollWidth - document.documentElement.clientWidth, doc: document.documentElement.scrollWidth - document.documentElement.clientWidth }));
    await zoomed.screenshot({ path: join(ROOT, 'e2e/screenshots/demo-8-zoom-200.png') });
    expect(overflow.body).toBeLessThanOrEqual(0);
    expect(overflow.doc).toBeLessThanOrEqual(0);
    await context.close();
    expect(zoomedCsp).toEqual([]);
  });

  it('ran all of that without a single refusal under the Content-Security-Policy', () => {
    expect(csp).toEqual([]);
  });
});
