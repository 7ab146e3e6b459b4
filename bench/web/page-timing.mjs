// In-page timing helpers for the web benchmark. Every figure is taken inside Chromium with
// performance.now(), from the user's event (or navigation start) to the first animation frame
// in which the result is in the page, so Playwright's own round trips never count.

/** Installed in every page: `__arm(type, key, selector, text)` resolves with milliseconds from the
 * next `type` event (optionally only for `key`) to the first frame where `selector` (containing
 * `text`) exists; `__frames(n, step)` scrolls the transcript's pane n frames and returns frame times. */
export const INIT_SCRIPT = () => {
  const waitFor = (selector, text, t0, resolve) => {
    const tick = () => {
      const el = document.querySelector(selector);
      if (el && (!text || (el.textContent ?? '').includes(text))) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 20_000) resolve(-1);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  window.__arm = (type, key, selector, text) => {
    window.__armed = new Promise((resolve) => {
      const on = (e) => {
        if (key && e.key !== key) return;
        window.removeEventListener(type, on, true);
        waitFor(selector, text, performance.now(), resolve);
      };
      window.addEventListener(type, on, true);
    });
  };
  // Long tasks since navigation ([start, duration] ms), to tell which part of an open blocks the page.
  window.__long = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Not every engine reports long tasks; the figure is then empty.
  }
  // From navigation start: the first frame showing a transcript with highlights, or the board.
  window.__seen = {};
  const watch = () => {
    if (!window.__seen.transcript && document.querySelector('.transcript .coded')) window.__seen.transcript = performance.now();
    if (!window.__seen.board && document.querySelector('.board-column .theme-card')) window.__seen.board = performance.now();
    if (performance.now() < 30_000) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  window.__untilPresent = (selector, text) => new Promise((resolve) => waitFor(selector, text, 0, resolve));
  // The floor: the same rendered turns as plain static HTML (no React, no virtual list), repeated
  // to the same scroll distance and scrolled the same way.
  window.__staticFrames = async (n, step) => {
    const article = document.querySelector('.transcript');
    const copy = document.createElement('article');
    copy.className = 'transcript';
    const html = [...article.querySelectorAll('.turn-slot')].map((el) => el.outerHTML).join('');
    copy.innerHTML = html.repeat(Math.ceil((n * step * 1.5) / Math.max(1, article.querySelector('.turns').scrollHeight / 3)));
    article.style.display = 'none';
    article.after(copy);
    document.querySelector('.center').scrollTop = 0;
    try {
      return await window.__frames(n, step);
    } finally {
      copy.remove();
      article.style.display = '';
    }
  };
  window.__frames = (n, step, random) =>
    new Promise((resolve) => {
      const pane = document.querySelector('.center');
      const times = [];
      let last = 0;
      const frame = (now) => {
        if (last) times.push(now - last);
        last = now;
        if (times.length >= n) return resolve(times);
        if (pane && step) pane.scrollTop = random ? Math.random() * (pane.scrollHeight - pane.clientHeight) : pane.scrollTop + step;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
};

/** Summary statistics of a list of milliseconds. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const round = (x) => Math.round(x * 10) / 10;
  return { n: s.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]), mean: round(s.reduce((a, b) => a + b, 0) / s.length) };
}

/** Arms a timer for the next event, runs `act`, and returns the measured milliseconds. */
export async function timeEvent(page, { type, key = null, selector, text = null }, act) {
  await page.evaluate(([t, k, s, x]) => window.__arm(t, k, s, x), [type, key, selector, text]);
  await act();
  return page.evaluate(() => window.__armed);
}
