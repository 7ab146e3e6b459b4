import type { Turn } from '../model/types.js';

/**
 * The participant of the turn that contains `offset` (turn spans are `[start, end)`), found by
 * binary search over turns ordered by `start`. Null for interviewer turns, unmapped speakers and
 * offsets between turns.
 */
export function segmentParticipant(turns: readonly Turn[], offset: number): string | null {
  let lo = 0;
  let hi = turns.length - 1;
  let candidate: Turn | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const turn = turns[mid];
    if (turn === undefined) break;
    if (turn.start <= offset) {
      candidate = turn;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return candidate !== undefined && offset < candidate.end ? candidate.participant : null;
}
