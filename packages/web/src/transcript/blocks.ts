import type { Source, Turn } from '@polyphony/core';
import type { Mark } from './runs.js';

/** One rendered paragraph of a transcript: a speaker turn, or the whole text when there are none. */
export interface Block {
  key: string;
  start: number;
  end: number;
  turn: Turn | null;
}

/** The blocks to render: one per speaker turn, or the whole text when there are no turns. */
export function blocksOf(source: Source): Block[] {
  if (source.turns.length === 0) return [{ key: 'all', start: 0, end: source.text.length, turn: null }];
  return source.turns.map((turn) => ({ key: String(turn.seq), start: turn.textStart, end: turn.end, turn }));
}

/** Index of the first block whose end lies after `offset` (blocks are in text order). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as Block).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The marks that touch each block. Each mark is placed by binary search and walks only the
 * blocks it spans, so 5,000 codings over 5,000 turns cost about 5,000 × log steps, not 25 million.
 */
export function marksByBlock(blocks: readonly Block[], marks: readonly Mark[]): Mark[][] {
  const out: Mark[][] = blocks.map(() => []);
  if (blocks.length === 0) return out;
  for (const m of marks) {
    for (let i = blockAt(blocks, m.start); i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (b.start >= m.end) break;
      if (b.end > m.start) (out[i] as Mark[]).push(m);
    }
  }
  return out;
}
