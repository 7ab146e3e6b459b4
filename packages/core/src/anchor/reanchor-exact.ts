import type { TextRange } from './anchor-types.js';
import { contextScore, isOwnOrNewText, type ReanchorContext, type SegmentJob } from './reanchor-context.js';
import { findAll, foldQuote } from './tolerant-text.js';

// How far from the expected position the first search looks (UTF-16 units); the tolerant
// search folds what it searches, so it looks less far.
const NEAR = 2_000;
const NEAR_FOLDED = 256;
// Mean prefix/suffix agreement an occurrence needs: a short quote ("ja") also occurs inside
// unrelated words, and only its surroundings tell them apart. A long quote found in new text
// (a sentence cut and pasted) is itself evidence enough — unless the old offsets were stale,
// when any passage could be the wrong one.
const MIN_CONTEXT = 0.4;
const LONG_QUOTE = 24;
// A pasted block must hold most of the quote to contain it.
const PASTED_SHARE = 0.8;
// Characters of pasted blocks searched per segment: bounds the cost when a wholesale rewrite
// leaves one huge changed region and many segments to look for.
const FAR_BUDGET = 200_000;

type Finder = (window: TextRange) => TextRange[];

/** Finds within the window only: a plain `indexOf` would scan on to the end of the text. */
function exactFinder(text: string, quote: string): Finder {
  return (w) => {
    const from = Math.max(0, w.start);
    return findAll(text.slice(from, Math.min(text.length, w.end)), quote).map((r) => ({
      start: r.start + from,
      end: r.end + from,
    }));
  };
}

/** Tolerant search through the context, which folds the new text at most about once. */
function foldedFinder(ctx: ReanchorContext, quote: string): Finder {
  return (w) => ctx.findFolded(quote, w);
}

/** Windows beyond the near one: pasted (inserted) blocks, or the whole text for stale offsets. */
function farWindows(ctx: ReanchorContext, job: SegmentJob): TextRange[] {
  const m = job.segment.exact.length;
  if (job.own === null) return [{ start: 0, end: ctx.newText.length }];
  const windows: TextRange[] = [];
  let budget = FAR_BUDGET;
  for (const r of ctx.byLength()) {
    const length = r.newEnd - r.newStart;
    if (length < PASTED_SHARE * m) break;
    if (length > budget) continue;
    budget -= length;
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
  const { exact } = job.segment;
  const around = (reach: number): TextRange => ({
    start: job.expected.start - reach,
    end: Math.min(job.expected.end, job.expected.start + 2 * exact.length) + reach,
  });
  // Built only when reached: the tolerant pass folds the quote, which most never need.
  const passes: Array<() => { find: Finder; near: TextRange[] }> = [
    () => ({ find: exactFinder(ctx.newText, exact), near: [around(NEAR)] }),
    () => ({ find: foldedFinder(ctx, foldQuote(exact)), near: [around(Math.max(NEAR_FOLDED, exact.length))] }),
  ];
  for (const pass of passes) {
    const { find, near } = pass();
    const found = nearest(ctx, job, near.flatMap(find)) ?? nearest(ctx, job, farWindows(ctx, job).flatMap(find));
    if (found !== null) return found;
  }
  return null;
}
