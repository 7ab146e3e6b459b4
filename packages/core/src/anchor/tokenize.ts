/**
 * Splitting text into the pieces the diff compares, and numbering pieces so that equal
 * pieces get equal ids. Diffing a name replaced on thousands of lines tokenises most of the
 * text, so tokens are scanned by hand where they are ASCII and numbered through a hash table
 * over the text itself — no string per token. Anything unusual goes to the defining regular
 * expression.
 */

// Words (letters with their marks and digits), numbers, whitespace runs, or one character
// (an emoji counts as one: the `u` flag keeps surrogate pairs together). This is the
// definition; the hand-written scan below must cut exactly where it does.
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*|\p{N}+|\s+|[\s\S]/uy;

/** Pieces of one text: ids (equal ids ⇔ equal text) and where each starts. */
export interface Pieces {
  ids: Int32Array;
  /** Start offset of each piece (plus a base), then the end of the last one. */
  bounds: Int32Array;
  /** The text of piece `i`, or undefined outside the pieces. */
  part: (i: number) => string | undefined;
}

// FNV-1a: cheap, and spreads short words well enough for an open-addressing table.
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

function sameText(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/**
 * Numbers tokens by their text without making a string of each: a token of one code unit is
 * its own character code; longer ones are numbered from 0x10000 in order of first sight and
 * remembered as (source, start, length) of that first sighting.
 */
export class TokenTable {
  private slots: Int32Array = new Int32Array(1 << 12);
  private hashes: Int32Array = new Int32Array(1 << 11);
  private starts: Int32Array = new Int32Array(1 << 11);
  private lengths: Int32Array = new Int32Array(1 << 11);
  private readonly sources: string[] = [];

  /** The id of `s[start, end)`, given its hash ({@link hashOf}); equal text, equal id. */
  idOf(s: string, start: number, end: number, hash: number): number {
    const length = end - start;
    if (length === 1) return s.charCodeAt(start);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) {
        const k = this.sources.length;
        this.slots[slot] = k + 1;
        this.remember(k, s, start, length, hash);
        return 0x10000 + k;
      }
      const k = entry - 1;
      if (this.hashes[k] === hash && this.lengths[k] === length && sameText(this.sources[k] ?? '', this.starts[k] ?? 0, s, start, length)) {
        return 0x10000 + k;
      }
    }
  }

  private remember(k: number, s: string, start: number, length: number, hash: number): void {
    if (k === this.hashes.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
    }
    this.sources.push(s);
    this.hashes[k] = hash;
    this.starts[k] = start;
    this.lengths[k] = length;
    // Keep the table at most half full so that probes stay short.
    if (2 * this.sources.length > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.sources.length; k++) {
      let slot = (this.hashes[k] ?? 0) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

/** The hash {@link TokenTable.idOf} expects for `s[start, end)`. */
export function hashOf(s: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), HASH_PRIME);
  return h;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Which ASCII run a character starts: 1 word, 2 number, 3 space, 0 a piece on its own. */
function runKind(code: number): number {
  if (isAsciiLetter(code)) return 1;
  if (isAsciiDigit(code)) return 2;
  return isAsciiSpace(code) ? 3 : 0;
}

function continuesRun(kind: number, code: number): boolean {
  if (kind === 1) return isAsciiLetter(code) || isAsciiDigit(code);
  return kind === 2 ? isAsciiDigit(code) : isAsciiSpace(code);
}

/**
 * Tokenises `s` — words, numbers, whitespace runs, single characters, exactly as the
 * defining expression cuts them — and numbers the tokens with `table`. ASCII runs are
 * scanned (and hashed) directly; when a run meets a non-ASCII character, which may continue
 * it (`ø` in a word, a no-break space in a space run), the expression decides from the
 * token's start.
 */
export function tokenPieces(s: string, base: number, table: TokenTable): Pieces {
  const ids = new Int32Array(s.length);
  const bounds = new Int32Array(s.length + 1);
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    let end = -1;
    let hash = Math.imul(HASH_SEED ^ code, HASH_PRIME);
    if (code < 0x80) {
      const kind = runKind(code);
      if (kind === 0) {
        end = i + 1;
      } else {
        let j = i + 1;
        for (let c = s.charCodeAt(j); j < s.length && continuesRun(kind, c); c = s.charCodeAt(++j)) {
          hash = Math.imul(hash ^ c, HASH_PRIME);
        }
        if (j === s.length || s.charCodeAt(j) < 0x80) end = j;
      }
    }
    if (end < 0) {
      TOKEN.lastIndex = i;
      TOKEN.exec(s);
      end = TOKEN.lastIndex;
      hash = hashOf(s, i, end);
    }
    ids[n] = table.idOf(s, i, end, hash);
    bounds[n] = base + i;
    n++;
    i = end;
  }
  bounds[n] = base + s.length;
  const starts = bounds.subarray(0, n + 1);
  return {
    ids: ids.subarray(0, n),
    bounds: starts,
    part: (k) => (k >= 0 && k < n ? s.slice((starts[k] ?? 0) - base, (starts[k + 1] ?? 0) - base) : undefined),
  };
}

/** Lines of `s`, each with its `\n`; the last may lack one. An empty text has none. */
export function splitLines(s: string): string[] {
  const lines: string[] = [];
  let at = 0;
  for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', at)) {
    lines.push(s.slice(at, nl + 1));
    at = nl + 1;
  }
  if (at < s.length) lines.push(s.slice(at));
  return lines;
}

/** Numbers whole strings (lines) with a dictionary shared by both texts. */
export function linePieces(lines: readonly string[], base: number, dictionary: Map<string, number>): Pieces {
  const ids = new Int32Array(lines.length);
  const bounds = new Int32Array(lines.length + 1);
  let at = base;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let id = dictionary.get(line);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(line, id);
    }
    ids[i] = id;
    bounds[i] = at;
    at += line.length;
  }
  bounds[lines.length] = at;
  return { ids, bounds, part: (k) => lines[k] };
}
