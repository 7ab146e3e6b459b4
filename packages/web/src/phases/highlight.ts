import type { SourceCodingDto } from '@polyphony/core';
import { useEffect } from 'react';

/**
 * The source offset and screen position of a clicked highlight, found from the run element's
 * `data-start` (event delegation, so the transcript's rendering can change freely), or null
 * when the click was not on a highlight or ended a text selection.
 */
export function highlightAt(target: EventTarget | null): { offset: number; x: number; y: number } | null {
  if (!(target instanceof Element)) return null;
  const run = target.closest<HTMLElement>('.coded[data-start]');
  if (!run || window.getSelection()?.isCollapsed === false) return null;
  const rect = run.getBoundingClientRect();
  return { offset: Number(run.dataset.start), x: rect.left, y: rect.bottom };
}

/** The codings that cover an offset (the lean list holds anchored codings only). */
export function codingsAt(codings: readonly SourceCodingDto[], offset: number): SourceCodingDto[] {
  return codings.filter((c) => c.start <= offset && c.end > offset);
}

/**
 * Briefly marks the runs of a stretch of text after a jump ("where used", review), so the eye
 * finds the segment. Retries for a moment because the transcript may still be loading.
 */
export function useFlash(range: { source: string; start: number; end: number } | null): void {
  useEffect(() => {
    if (!range) return;
    let tries = 0;
    let timer = 0;
    const marked: HTMLElement[] = [];
    const attempt = () => {
      const runs = [...document.querySelectorAll<HTMLElement>('.transcript [data-start]')].filter(
        (r) => Number(r.dataset.start) < range.end && Number(r.dataset.end) > range.start,
      );
      if (runs.length === 0 && tries++ < 20) {
        timer = window.setTimeout(attempt, 100);
        return;
      }
      for (const r of runs) r.classList.add('flash');
      marked.push(...runs);
      timer = window.setTimeout(() => marked.forEach((r) => r.classList.remove('flash')), 2500);
    };
    attempt();
    return () => {
      window.clearTimeout(timer);
      marked.forEach((r) => r.classList.remove('flash'));
    };
  }, [range]);
}
