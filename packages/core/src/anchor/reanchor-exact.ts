import type { TextRange } from './anchor-types.js';
import { contextScore, isOwnOrNewText, type ReanchorContext, type SegmentJob } from './reanchor-context.js';
import { foldQuote, type FoldedText } from './tolerant-text.js';

// How far from the expected position the first, cheap search looks (UTF-16 units).
const NEAR = 2_000;
// Mean prefix/suffix agreement an occurrence needs: a short quote ("ja") also occurs inside
// unrelated words, and only its surroundings tell them apart. A long quote found in new text
// (a sentence cut and pasted) is itself evidence enough — unless the old offsets were stale,
// when any passage could be the wrong one.
const MIN_CONTEXT = 0.4;
const LONG_QUOTE = 24;
// A pasted block must hold most of the quote to contain it.
const PASTED_SHARE = 0.8;

type Finder = (window: TextRange) => TextRange[];

function exactFinder(text: string, quote: string): Finder {
  return (w) => {
    const found: TextRange[] = [];
    let at = text.indexOf(quote, Math.max(0, w.start));
    while (at !== -1 && at + quote.length <= w.end) {
      found.push({ start: at, end: at + quote.length });
      at = text.indexOf(quote, at + 1);
    }
    return found;
  };
}

function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function foldedFinder(folded: FoldedText, quote: string): Finder {
  return (w) => {
    const found: TextRange[] = [];
    if (quote.length === 0) return found;
    const end = lowerBound(folded.starts, w.end);
    let at = folded.folded.indexOf(quote, lowerBound(folded.starts, w.start));
    while (at !== -1 && at + quote.length <= end) {
      found.push({ start: folded.starts[at] ?? 0, end: folded.ends[at + quote.length - 1] ?? 0 });
      at = folded.folded.indexOf(quote, at + 1);
    }
    return found;
  };
}

/** Windows beyond the near one: pasted (inserted) blocks, or the whole text for stale offsets. */
function farWindows(ctx: ReanchorContext, job: SegmentJob): TextRange[] {
  const m = job.segment.exact.length;
  if (job.own === null) return [{ start: 0, end: ctx.newText.length }];
  const windows: TextRange[] = [];
  for (const r of ctx.byLength()) {
    if (r.newEnd - r.newStart < PASTED_SHARE * m) break;
    windows.push({ start: r.newStart - m, end: r.newEnd + m });
  }
  return windows;
}

function nearest(ctx: ReanchorContext, job: SegmentJob, found: TextRange[]): TextRange | null {
  let best: { range: TextRange; distance: number; context: number } | null = null;
  for (const c of found) {
    if (!isOwnOrNewText(ctx, job, c)) continue;
    const { prefix, suffix } = contextScore(ctx, job, c);
    const context = (prefix + suffix) / 2;
    const needsContext = job.own === null || job.segment.exact.length < LONG_QUOTE;
    if (needsContext && context < MIN_CONTEXT) continue;
    const distance = Math.abs(c.start - job.expected.start);
    if (best === null || distance < best.distance || (distance === best.distance && context > best.context)) {
      best = { range: c, distance, context };
    }
  }
  return best?.range ?? null;
}

/**
 * Stage (b): the segment's exact quote near where the edits say it should be — the nearest
 * acceptable occurrence wins, prefix/suffix agreement breaks ties. Looks first within
 * `NEAR` characters, then in pasted blocks; tries a whitespace- and typography-tolerant
 * search only when no exact occurrence is acceptable. Never accepts a passage that already
 * existed elsewhere in the old text.
 */
export function findQuoteNear(ctx: ReanchorContext, job: SegmentJob): TextRange | null {
  const near: TextRange = { start: job.expected.start - NEAR, end: job.expected.end + NEAR };
  const finders: Array<() => Finder> = [
    () => exactFinder(ctx.newText, job.segment.exact),
    () => foldedFinder(ctx.folded(), foldQuote(job.segment.exact)),
  ];
  for (const make of finders) {
    const find = make();
    const found = nearest(ctx, job, find(near)) ?? nearest(ctx, job, farWindows(ctx, job).flatMap(find));
    if (found !== null) return found;
  }
  return null;
}
