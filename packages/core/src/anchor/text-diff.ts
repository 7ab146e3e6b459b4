import type { EditRegion } from './anchor-types.js';
import { greedyDiff } from './greedy-diff.js';
import { diffSequences } from './sequence-diff.js';
import { slideChanges } from './slide-changes.js';
import { linePieces, splitLines, TokenTable, tokenPieces } from './tokenize.js';

// Caps keep a wholesale rewrite from costing quadratic time: beyond them lines are aligned
// greedily, and a block of words is one change.
const MAX_LINE_EDITS = 500;
const GREEDY_WINDOW = 64;
const MAX_TOKEN_EDITS = 2_000;
const MAX_TOKENS_PER_HUNK = 50_000;

function commonPrefix(a: string, b: string, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  let n = 0;
  while (aFrom + n < aTo && bFrom + n < bTo && a.charCodeAt(aFrom + n) === b.charCodeAt(bFrom + n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  let n = 0;
  while (aTo - n > aFrom && bTo - n > bFrom && a.charCodeAt(aTo - n - 1) === b.charCodeAt(bTo - n - 1)) n++;
  return n;
}

// How far the common prefix and suffix are given back to reach a line break.
const MAX_LINE = 2_000;

/**
 * Gives back the part of a common prefix or suffix that lies inside the changed line (up to
 * `MAX_LINE` characters, then to a space). Trimming character by character lets a change
 * slide across equal letters and words ("jobbe." → "jobbe mye." seen as "jobb|e mye|.");
 * diffing whole lines by words lets `slideChanges` put it where a reader would.
 */
function toLineBoundary(text: string, at: number, direction: -1 | 1): number {
  const limit = direction < 0 ? Math.max(0, at - MAX_LINE) : Math.min(text.length, at + MAX_LINE);
  const charAt = (i: number): string => text.charAt(direction < 0 ? i - 1 : i);
  let i = at;
  while (i !== limit && charAt(i) !== '\n') i += direction;
  if (i === limit && i !== 0 && i !== text.length) {
    i = at;
    while (i !== limit && !/\s/.test(charAt(i))) i += direction;
  }
  return i;
}

/** Shrinks a changed span to the characters that really differ; drops it if none do. */
function trimmed(a: string, b: string, r: EditRegion): EditRegion | null {
  const p = commonPrefix(a, b, r.oldStart, r.oldEnd, r.newStart, r.newEnd);
  const s = commonSuffix(a, b, r.oldStart + p, r.oldEnd, r.newStart + p, r.newEnd);
  const t = { oldStart: r.oldStart + p, oldEnd: r.oldEnd - s, newStart: r.newStart + p, newEnd: r.newEnd - s };
  return t.oldStart === t.oldEnd && t.newStart === t.newEnd ? null : t;
}

/** Word-level difference inside one changed block of lines, refined to characters. */
function refineHunk(a: string, b: string, hunk: EditRegion, tokens: TokenTable, out: EditRegion[]): void {
  const ap = tokenPieces(a.slice(hunk.oldStart, hunk.oldEnd), hunk.oldStart, tokens);
  const bp = tokenPieces(b.slice(hunk.newStart, hunk.newEnd), hunk.newStart, tokens);
  const runs = ap.ids.length + bp.ids.length <= MAX_TOKENS_PER_HUNK ? diffSequences(ap.ids, bp.ids, MAX_TOKEN_EDITS) : null;
  const changes = runs === null
    ? [hunk]
    : slideChanges(runs, ap, bp).map((c) => ({
        oldStart: ap.bounds[c.aStart] ?? 0,
        oldEnd: ap.bounds[c.aEnd] ?? 0,
        newStart: bp.bounds[c.bStart] ?? 0,
        newEnd: bp.bounds[c.bEnd] ?? 0,
      }));
  for (const c of changes) {
    const t = trimmed(a, b, c);
    if (t !== null) out.push(t);
  }
}

/**
 * The regions where `newText` differs from `oldText`, sorted, not touching each other.
 * Strategy: strip the common prefix and suffix (one edit costs O(N)), diff the rest by
 * lines, then by words inside each changed block of lines, then trim each change to the
 * characters that differ — so a name replaced at fifty places gives fifty small regions.
 */
export function diffTexts(oldText: string, newText: string): EditRegion[] {
  if (oldText === newText) return [];
  const p = toLineBoundary(oldText, commonPrefix(oldText, newText, 0, oldText.length, 0, newText.length), -1);
  const common = commonSuffix(oldText, newText, p, oldText.length, p, newText.length);
  const s = oldText.length - toLineBoundary(oldText, oldText.length - common, 1);
  const middle: EditRegion = { oldStart: p, oldEnd: oldText.length - s, newStart: p, newEnd: newText.length - s };
  const regions: EditRegion[] = [];
  if (middle.oldStart === middle.oldEnd || middle.newStart === middle.newEnd) {
    const t = trimmed(oldText, newText, middle);
    return t === null ? [] : [t];
  }

  const lines = new Map<string, number>();
  const a = linePieces(splitLines(oldText.slice(middle.oldStart, middle.oldEnd)), middle.oldStart, lines);
  const b = linePieces(splitLines(newText.slice(middle.newStart, middle.newEnd)), middle.newStart, lines);
  // Token ids only need to be equal for equal tokens, so all hunks share one table.
  const tokens = new TokenTable();
  const hunks = diffSequences(a.ids, b.ids, MAX_LINE_EDITS) ?? greedyDiff(a.ids, b.ids, GREEDY_WINDOW);
  for (const h of hunks) {
    refineHunk(oldText, newText, {
      oldStart: a.bounds[h.aStart] ?? 0,
      oldEnd: a.bounds[h.aEnd] ?? 0,
      newStart: b.bounds[h.bStart] ?? 0,
      newEnd: b.bounds[h.bEnd] ?? 0,
    }, tokens, regions);
  }
  return regions;
}
