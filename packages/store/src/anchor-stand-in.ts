import { PolyphonyError } from '@polyphony/core';

/*
 * TEMPORARY stand-in for core/anchor until it is exported from @polyphony/core; same names and
 * shapes, simplest behaviour. Delete when `reanchorSegments` lands in core.
 */

interface Anchor { start: number; end: number; exact: string; prefix: string; suffix: string }

/** Stand-in: position + quote + 32 characters of context. */
export function describeSegment(text: string, start: number, end: number): Anchor {
  return { start, end, exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

/** Stand-in: the single exact occurrence of a quote. */
export function locateQuote(text: string, quote: string): { start: number; end: number } {
  const q = quote.trim();
  const at = q ? text.indexOf(q) : -1;
  if (at < 0) throw new PolyphonyError('quote_not_found', `Quote not found: "${q}"`);
  if (text.indexOf(q, at + 1) >= 0) throw new PolyphonyError('quote_ambiguous', `Quote found more than once: "${q}"`);
  return { start: at, end: at + q.length };
}

/** Stand-in: same place → nearest exact quote → orphan. */
export function reanchorSegments(
  _oldText: string,
  newText: string,
  segs: readonly (Anchor & { id: string })[],
): (Anchor & { id: string; outcome: 'stayed' | 'moved' | 'orphan' })[] {
  return segs.map((s) => {
    if (newText.slice(s.start, s.end) === s.exact) return { ...describeSegment(newText, s.start, s.end), id: s.id, outcome: 'stayed' as const };
    let best = -1;
    for (let i = newText.indexOf(s.exact); s.exact && i >= 0; i = newText.indexOf(s.exact, i + 1)) {
      if (best < 0 || Math.abs(i - s.start) < Math.abs(best - s.start)) best = i;
    }
    if (best >= 0) return { ...describeSegment(newText, best, best + s.exact.length), id: s.id, outcome: 'moved' as const };
    return { ...s, outcome: 'orphan' as const };
  });
}
