import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Heights } from './heights.js';
import { offsetWithin, scrollParentOf } from './scroll-parent.js';

/** The blocks to render: [first, last] inclusive. */
export interface Range {
  first: number;
  last: number;
}

/** Pixels rendered beyond each edge of the viewport, so a fast wheel flick never shows a gap. */
const OVERSCAN_PX = 1000;

/**
 * Follows the scroll position of the list's scrolling ancestor and returns which blocks are in
 * (or near) view. Scroll events are folded into one update per animation frame. `recompute` is
 * for callers that changed heights or jumped the scroll position themselves.
 */
export function useVisibleRange(list: RefObject<HTMLElement | null>, heights: Heights): { range: Range; recompute(): void } {
  const [range, setRange] = useState<Range>(() => ({ first: 0, last: Math.min(heights.count - 1, 30) }));
  const frame = useRef(0);

  const compute = useCallback(() => {
    frame.current = 0;
    const el = list.current;
    if (!el || heights.count === 0) return;
    const parent = scrollParentOf(el);
    const top = parent.scrollTop - offsetWithin(el, parent);
    const first = heights.indexAt(top - OVERSCAN_PX);
    const last = heights.indexAt(top + parent.clientHeight + OVERSCAN_PX);
    setRange((r) => (r.first === first && r.last === last ? r : { first, last }));
  }, [list, heights]);

  const recompute = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(compute);
  }, [compute]);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const parent = scrollParentOf(el);
    const target: HTMLElement | Window = parent === document.scrollingElement ? window : parent;
    compute();
    target.addEventListener('scroll', recompute, { passive: true });
    const resize = new ResizeObserver(recompute);
    resize.observe(parent);
    return () => {
      target.removeEventListener('scroll', recompute);
      resize.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [list, compute, recompute]);

  return { range, recompute };
}
