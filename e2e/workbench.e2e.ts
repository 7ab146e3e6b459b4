import { startServer, type RunningServer } from '@polyphony/server';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStudy, launchChromium, recordCspViolations, WEB_ROOT } from './fixture.js';
import { ReportPage } from './page-models/report-page.js';
import { WorkbenchPage } from './page-models/workbench-page.js';

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  mkdirSync('e2e/screenshots', { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'polyphony-e2e-'));
  const file = await buildStudy(dir);
  server = await startServer({ file, port: 0, open: false, webRoot: WEB_ROOT, actor: 'e2e', print: () => undefined });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  csp = recordCspViolations(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a researcher in the workbench', () => {
  it('is refused without the token', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/project`);
    expect(res.status).toBe(401);
  });

  it('opens the study, reads, codes by keyboard, undoes and redoes, switches to Norwegian, sees the tables', async () => {
    const wb = new WorkbenchPage(page);
    await page.goto(server.url);
    // The app moved the token from the link's fragment into its storage and out of the address bar.
    expect(page.url()).not.toContain('token');
    await page.locator('.project-name', { hasText: 'IPS meetings study' }).waitFor();

    await wb.openSource('J1 interview');
    expect(await wb.transcriptText()).toContain('I felt heard for the first time');
    expect(await wb.highlightCount()).toBe(1);
    await wb.screenshot('1-familiarise-transcript');

    await wb.select('I felt heard for the first time');
    await expect.poll(() => page.locator('.selection-quote').innerText()).toContain('I felt heard');
    await page.keyboard.press('c');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('Being heard');
    await wb.screenshot('2-code-picker');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => wb.codeNames()).toContain('Being heard');
    await expect.poll(() => wb.highlightCount()).toBe(2);
    await wb.screenshot('3-coded');

    await wb.undo();
    await expect.poll(() => wb.highlightCount()).toBe(1);
    await wb.redo();
    await expect.poll(() => wb.highlightCount()).toBe(2);

    await wb.goToPhase('Themes');
    await page.locator('.board-column h2', { hasText: 'Therapists' }).waitFor();
    await wb.screenshot('4-themes-board');

    await wb.goToPhase('Report');
    const report = new ReportPage(page);
    expect(await report.tableHeaders()).toEqual(expect.arrayContaining([expect.stringContaining('Jobseekers'), expect.stringContaining('Therapists'), expect.stringContaining('Social workers')]));
    expect(await report.rowLabels()).toEqual(['Main theme', 'Subtheme 1']);
    expect(await report.tableText()).toContain('An unspoken safety net');
    expect(await report.triangulationText()).toContain('Information that never arrives');
    await wb.screenshot('5-report');

    await wb.toggleLanguage();
    await expect.poll(() => report.rowLabels()).toEqual(['Hovedtema', 'Undertema 1']);
    expect(await page.locator('.rail').innerText()).toContain('Bli kjent');
    await wb.screenshot('6-report-norwegian');
  });

  it('ran all of that without a single refusal under the Content-Security-Policy', () => {
    expect(csp).toEqual([]);
  });
});
