/**
 * Levenshtein distances computed 32 cells at a time (Myers' bit-vector algorithm in Hyyrö's
 * block form): each column of the dynamic-programming table is held as bit masks of vertical
 * +1/−1 steps, one 32-bit word per block of 32 pattern characters. The results equal the plain
 * table's exactly; only the cost falls, from |a|·|b| cells to |b|·⌈|a|/32⌉ word steps — which
 * is what makes scoring thousands of edited segments, or thousands of candidate windows for a
 * missing quote, cheap.
 */

const WORD = 32;

/** A pattern prepared once for many distance computations against other strings. */
export interface BitPattern {
  length: number;
  blocks: number;
  /** Masks of pattern positions per character code below 128, `blocks` words per code. */
  ascii: Int32Array;
  /** The same for other characters; characters absent from the pattern have no entry. */
  other: Map<number, Int32Array>;
  /** Bit of the last block that holds the pattern's last row. */
  lastBit: number;
}

const NO_MATCH = new Int32Array(0);

function fillPattern(pattern: string, ascii: Int32Array, other: Map<number, Int32Array>): BitPattern {
  const length = pattern.length;
  const blocks = Math.max(1, Math.ceil(length / WORD));
  for (let i = 0; i < length; i++) {
    const code = pattern.charCodeAt(i);
    const bit = 1 << (i % WORD);
    const block = Math.floor(i / WORD);
    if (code < 128) {
      ascii[code * blocks + block] = (ascii[code * blocks + block] ?? 0) | bit;
    } else {
      let masks = other.get(code);
      if (masks === undefined) {
        masks = new Int32Array(blocks);
        other.set(code, masks);
      }
      masks[block] = (masks[block] ?? 0) | bit;
    }
  }
  return { length, blocks, ascii, other, lastBit: 1 << ((length - 1) % WORD) };
}

/** Prepares `pattern` once for many {@link bestWindowDistance} searches. */
export function bitPattern(pattern: string): BitPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / WORD));
  return fillPattern(pattern, new Int32Array(128 * blocks), new Map());
}

// Tables for one-off distances, filled from the pattern and cleared after each use:
// allocating them per call cost more than the distance itself for short strings.
let sharedAscii = new Int32Array(128 * 8);
const sharedOther = new Map<number, Int32Array>();

/**
 * Levenshtein distance of two strings. A common prefix and suffix never change the distance,
 * so they are cut off first (a renamed quote differs only between its first and last name);
 * the shorter remainder is the pattern.
 */
export function levenshtein(a: string, b: string): number {
  let head = 0;
  const most = Math.min(a.length, b.length);
  while (head < most && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < most - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const aRest = a.slice(head, a.length - tail);
  const bRest = b.slice(head, b.length - tail);
  const [shorter, longer] = aRest.length <= bRest.length ? [aRest, bRest] : [bRest, aRest];
  if (shorter.length === 0) return longer.length;
  const blocks = Math.ceil(shorter.length / WORD);
  if (128 * blocks > sharedAscii.length) sharedAscii = new Int32Array(128 * blocks);
  const p = fillPattern(shorter, sharedAscii, sharedOther);
  const distance = runColumns(p, longer, 0, longer.length, 1, false);
  for (let i = 0; i < shorter.length; i++) {
    const code = shorter.charCodeAt(i);
    if (code < 128) for (let b = 0; b < blocks; b++) sharedAscii[code * blocks + b] = 0;
  }
  if (sharedOther.size > 0) sharedOther.clear();
  return distance;
}

/**
 * Runs the columns of `text[from, to)` through the pattern. `topStep` is the horizontal step
 * of the table's top row: 1 for a global distance (row 0 counts the text characters), 0 for a
 * match that may start anywhere. Returns the bottom-row value after the last column, or the
 * smallest after any column when `smallest` is set.
 */
function runColumns(p: BitPattern, text: string, from: number, to: number, topStep: 0 | 1, smallest: boolean): number {
  const { blocks, ascii, other, lastBit } = p;
  const plus = new Int32Array(blocks).fill(-1); // D[i][0] = i: every vertical step is +1
  const minus = new Int32Array(blocks);
  let score = p.length;
  let best = score;
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    const masks = code < 128 ? null : (other.get(code) ?? NO_MATCH);
    let carry: number = topStep;
    for (let b = 0; b < blocks; b++) {
      let eq = masks === null ? (ascii[code * blocks + b] ?? 0) : (masks[b] ?? 0);
      const pv = plus[b] ?? 0;
      const mv = minus[b] ?? 0;
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === blocks - 1 ? lastBit : 1 << 31;
      const out = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      plus[b] = mh | ~(xv | ph);
      minus[b] = ph & xv;
      carry = out;
    }
    score += carry;
    if (score < best) best = score;
  }
  return smallest ? best : score;
}

/**
 * The fewest edits that turn some window of `text[from, to)` (possibly empty) into the
 * pattern — the distance `approximateMatch` reports, without the window's position.
 */
export function bestWindowDistance(p: BitPattern, text: string, from: number, to: number): number {
  return runColumns(p, text, Math.max(0, from), Math.min(text.length, to), 0, true);
}
