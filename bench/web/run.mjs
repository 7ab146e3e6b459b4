#!/usr/bin/env node
// The web workbench on a big study, measured in Debian's Chromium. Prints one JSON object.
// Each figure has a baseline from the same run: the big transcript against a tiny one in the same
// project, the 1,000-code list and board against a small study with 20 codes.
//   BENCH_RUNS=7 (opens per transcript), BENCH_WORDS=300000, BENCH_CODINGS=5000, BENCH_CODES=1000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@polyphony/server';
import { chromium } from 'playwright-core';
import { buildBigStudy } from './big-study.mjs';
import { INIT_SCRIPT, stats, timeEvent } from './page-timing.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZE = { words: Number(process.env.BENCH_WORDS ?? 300_000), codings: Number(process.env.BENCH_CODINGS ?? 5_000), codes: Number(process.env.BENCH_CODES ?? 1_000) };
const WEB_ROOT = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const log = (s) => process.stderr.write(s + '\n');
const ratio = (a, b) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens `hash` by a full navigation and returns ms from navigation start to the transcript with highlights. */
async function openByNavigation(page, origin, hash) {
  await page.goto('about:blank');
  await page.goto(`${origin}/${hash}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__seen.transcript, null, { polling: 100, timeout: 60_000 });
  return page.evaluate(() => window.__seen.transcript);
}

/** Selects `length` characters inside an uncoded run in view and lets the app read the selection. */
async function selectUncoded(page, nth, length = 24) {
  return page.evaluate(([nth, length]) => {
    const pane = document.querySelector('.center').getBoundingClientRect();
    const runs = [...document.querySelectorAll('.transcript .words span[data-start]:not(.coded)')].filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top > pane.top + 40 && box.bottom < pane.bottom - 40 && (r.textContent ?? '').length > length + 12;
    });
    const run = runs[nth % runs.length];
    if (!run) throw new Error('no uncoded run in view');
    const node = run.firstChild;
    const from = (run.textContent ?? '').indexOf(' ') + 1;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.querySelector('.transcript').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return Number(run.dataset.start) + from;
  }, [nth, length]);
}

/** Codes a selection by keyboard (C, name, Enter): ms to the highlight, and to the server's answer. */
async function codeOnce(page, nth, code) {
  const start = await selectUncoded(page, nth);
  await page.keyboard.press('c');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.type(code.name);
  const highlight = await timeEvent(page, { type: 'keydown', key: 'Enter', selector: `.transcript [data-start="${start}"].coded[data-codes~="${code.id}"]` }, () => page.keyboard.press('Enter'));
  await page.evaluate(() => window.__untilPresent('.toast', '“'));
  await sleep(1500); // let the reload that follows a change finish before the next try
  return highlight;
}

/** Everything measured on one transcript. */
async function transcriptFigures(page, origin, source, codes, runs) {
  const hash = `#/phase/2/source/${encodeURIComponent(source.id)}`;
  const opens = [];
  for (let i = 0; i < runs; i++) opens.push(await openByNavigation(page, origin, hash));
  // Long tasks of the last open (up to the transcript with highlights), and where the source's text finished loading.
  const lastOpen = await page.evaluate(() => ({
    long_tasks: window.__long.filter(([at]) => at < window.__seen.transcript),
    resources: performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/sources/')).map((r) => ({ path: new URL(r.name).pathname.replace(/[^/]{20,}/g, ':id'), end: Math.round(r.responseEnd), bytes: r.transferSize })),
  }));
  const dom = await page.evaluate(() => ({ turns: Number(document.querySelector('.turns')?.dataset.turns), rendered: Number(document.querySelector('.turns')?.dataset.rendered), elements: document.querySelectorAll('.transcript *').length }));
  const idle = await page.evaluate(() => window.__frames(120, 0));
  const scroll = await page.evaluate(() => window.__frames(300, 90));
  const jumps = await page.evaluate(() => window.__frames(60, 1, true));
  await page.evaluate(() => (document.querySelector('.center').scrollTop = 0));
  await sleep(300);
  const coding = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) coding.push(await codeOnce(page, i, codes[(i * 37) % codes.length]));
  return { open_ms: { cold: Math.round(opens[0]), ...stats(opens.slice(1).length ? opens.slice(1) : opens) }, dom, frames_idle_ms: stats(idle), frames_scroll_ms: stats(scroll), frames_jump_ms: stats(jumps), code_to_highlight_ms: stats(coding), last_open: lastOpen };
}

/** The code list and the theme board with this study's codes. */
async function codeFigures(page, origin, sourceId, codes) {
  await page.goto(`${origin}/#/phase/2/source/${encodeURIComponent(sourceId)}`);
  await page.waitForFunction(() => window.__seen.transcript, null, { polling: 100, timeout: 60_000 });
  const list = [];
  for (let i = 0; i < 5; i++) {
    // Codes near the top of the list: the tree draws only the rows in view, and the cost
    // measured here is the redraw after a click, not finding a row.
    const code = codes[(i * 3) % codes.length];
    const button = page.getByRole('button', { name: code.name, exact: false }).first();
    await button.scrollIntoViewIfNeeded();
    list.push(await timeEvent(page, { type: 'click', selector: `[aria-label*="${code.name}"], .selected, [aria-pressed="true"], [aria-current="true"]` }, () => button.click()));
    await sleep(300);
  }
  // The picker filters all codes on each key.
  await selectUncoded(page, 0);
  await page.keyboard.press('c');
  await page.getByRole('dialog').waitFor();
  const typing = [];
  for (const ch of 'Code 09') typing.push(await timeEvent(page, { type: 'keydown', key: ch, selector: `[role="dialog"] input[value="${(await page.getByRole('dialog').locator('input').inputValue()) + ch}"]` }, () => page.keyboard.type(ch)));
  await page.keyboard.press('Escape');
  const board = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank');
    await page.goto(`${origin}/#/phase/3`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__seen.board, null, { polling: 100, timeout: 60_000 });
    board.push(await page.evaluate(() => window.__seen.board));
  }
  const boardElements = await page.evaluate(() => document.querySelectorAll('.board *').length);
  return { code_list_click_ms: stats(list), picker_keystroke_ms: stats(typing), board_open_ms: stats(board), board_elements: boardElements };
}

/** The study's codes, read with the server's token as any API client does. */
async function codeList(server) {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/codes`, { headers: { authorization: `Bearer ${server.token}` } });
  return (await response.json()).map((c) => ({ id: c.id, name: c.name }));
}

async function serve(file) {
  const server = await startServer({ file, port: 0, open: false, webRoot: WEB_ROOT, actor: 'bench', print: () => undefined });
  return { server, origin: `http://127.0.0.1:${server.port}` };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-web-bench-'));
const result = { machine: { cpus: os.cpus().length, node: process.version }, runs: RUNS };
let browser;
const servers = [];
try {
  log(`building the big study (${SIZE.words} words, ${SIZE.codings} codings, ${SIZE.codes} codes)…`);
  const big = await buildBigStudy(path.join(dir, 'big.polyphony'), SIZE);
  const small = await buildBigStudy(path.join(dir, 'small.polyphony'), { words: 3_000, codings: 40, codes: 20 });
  result.study = { big: big.big, tiny: big.tiny, codes: big.codes, themes: big.themes, baseline_study: { codes: small.codes, themes: small.themes } };
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

  const bigServer = await serve(path.join(dir, 'big.polyphony'));
  servers.push(bigServer.server);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  // The printed link: the app keeps its token in this origin's storage, so later visits by path
  // and hash (openByNavigation) need no token in the URL.
  await page.goto(bigServer.server.url);
  await page.locator('.project-name').waitFor();
  const codes = await codeList(bigServer.server);

  log('tiny transcript (baseline)…');
  const tiny = await transcriptFigures(page, bigServer.origin, big.tiny, codes, RUNS);
  log('big transcript…');
  const large = await transcriptFigures(page, bigServer.origin, big.big, codes, RUNS);
  log('code list, picker and board with 1,000 codes…');
  const manyCodes = await codeFigures(page, bigServer.origin, big.tiny.id, codes);

  const smallServer = await serve(path.join(dir, 'small.polyphony'));
  servers.push(smallServer.server);
  await page.goto(smallServer.server.url);
  await page.locator('.project-name').waitFor();
  const smallCodes = await codeList(smallServer.server);
  log('code list, picker and board with 20 codes (baseline)…');
  const fewCodes = await codeFigures(page, smallServer.origin, small.tiny.id, smallCodes);

  result.transcript = {
    big: large,
    tiny_baseline: tiny,
    ratios: {
      open_median: ratio(large.open_ms.median, tiny.open_ms.median),
      scroll_p95_vs_idle_p95: ratio(large.frames_scroll_ms.p95, large.frames_idle_ms.p95),
      code_to_highlight_median: ratio(large.code_to_highlight_ms.median, tiny.code_to_highlight_ms.median),
    },
    targets: { open_under_500ms: large.open_ms.median < 500, highlight_under_50ms: large.code_to_highlight_ms.median < 50 },
  };
  result.codes = {
    many: manyCodes,
    few_baseline: fewCodes,
    ratios: {
      code_list_click_median: ratio(manyCodes.code_list_click_ms.median, fewCodes.code_list_click_ms.median),
      picker_keystroke_median: ratio(manyCodes.picker_keystroke_ms.median, fewCodes.picker_keystroke_ms.median),
      board_open_median: ratio(manyCodes.board_open_ms.median, fewCodes.board_open_ms.median),
    },
  };
} finally {
  await browser?.close();
  for (const s of servers) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
