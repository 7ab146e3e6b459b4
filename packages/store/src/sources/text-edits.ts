import type { Turn } from '@polyphony/core';

/** One replaced stretch: `old[start, end)` became `text` (offsets in the old text). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The single edit between two texts: everything between their common prefix and suffix. */
export function diffOnce(oldText: string, newText: string): TextEdit {
  let a = 0;
  const max = Math.min(oldText.length, newText.length);
  while (a < max && oldText.charCodeAt(a) === newText.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && oldText.charCodeAt(oldText.length - 1 - b) === newText.charCodeAt(newText.length - 1 - b)) b++;
  return { start: a, end: oldText.length - b, text: newText.slice(a, newText.length - b) };
}

/**
 * Maps an old offset into the new text through sorted, non-overlapping edits. An offset inside
 * a replaced stretch goes to its start or end (`bias`), so a turn keeps the words edited in it.
 */
export function mapOffset(edits: readonly TextEdit[], pos: number, bias: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    if (pos <= e.start) break;
    if (pos < e.end) return e.start + delta + (bias === 'end' ? e.text.length : 0);
    delta += e.text.length - (e.end - e.start);
  }
  return pos + delta;
}

/** Turns of an edited text: each boundary mapped through the edits. */
export function mapTurns(turns: readonly Turn[], edits: readonly TextEdit[]): Turn[] {
  return turns.map((t) => ({
    ...t,
    start: mapOffset(edits, t.start, 'start'),
    textStart: mapOffset(edits, t.textStart, 'start'),
    end: mapOffset(edits, t.end, 'end'),
  }));
}
