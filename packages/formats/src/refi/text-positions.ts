import { normaliseText } from '@polyphony/core';
import { codePointIndex } from './code-points.js';

/** A selection as REFI-QDA writes it: code points, end exclusive. */
export interface CodePointRange {
  start: number;
  end: number;
}

/** A range in UTF-16 units of the normalised text. */
export interface TextRange {
  start: number;
  end: number;
}

/** How the positions were read: as written, or with a line-ending repair. */
export type LineEndingReading = 'as-written' | 'positions-count-crlf' | 'positions-count-lf';

/** Result of {@link placeSelections}. */
export interface PlacedSelections {
  /** The normalised source text (see `normaliseText`). */
  text: string;
  /** One entry per input range, in order: its range in `text`, or null when it does not fit. */
  ranges: (TextRange | null)[];
  reading: LineEndingReading;
}

/**
 * Maps REFI-QDA selections on a raw source text to UTF-16 ranges in the normalised text.
 *
 * Tools disagree about line ends: ATLAS.ti, for one, writes text files with LF while counting
 * positions as if each line end were CRLF, and XML parsers turn CRLF inside PlainTextContent into
 * LF. So the positions are read three ways (as written; as counted on CRLF text when the text has
 * LF; as counted on LF text when it has CRLF) and the reading is kept under which most selections
 * fit, then most of them start and end on word boundaries. Ties keep the positions as written.
 * An empty selection, or one that would shrink to nothing (its ends inside one line end), does
 * not fit. With
 * `asWritten` (a file Polyphony wrote, which counts as written) no repair is tried.
 */
export function placeSelections(raw: string, selections: readonly CodePointRange[], asWritten = false): PlacedSelections {
  const readings: [LineEndingReading, string][] = [['as-written', raw]];
  if (!asWritten && raw.includes('\n') && !raw.includes('\r')) readings.push(['positions-count-crlf', raw.replace(/\n/g, '\r\n')]);
  if (!asWritten && raw.includes('\r\n')) readings.push(['positions-count-lf', raw.replace(/\r\n/g, '\n')]);

  let best: (PlacedSelections & { fits: number; clean: number }) | null = null;
  for (const [reading, virtual] of readings) {
    const { text, map } = normaliseWithMap(virtual);
    const index = codePointIndex(virtual);
    const ranges = selections.map((sel): TextRange | null => {
      const s = index.toUtf16(sel.start);
      const e = index.toUtf16(sel.end);
      if (s === null || e === null || s > e) return null;
      const range = { start: map[s] ?? 0, end: map[e] ?? 0 };
      return range.end > range.start ? range : null;
    });
    const fits = ranges.filter((r) => r !== null).length;
    const clean = ranges.filter((r) => r !== null && atBoundary(text, r.start) && atBoundary(text, r.end)).length;
    if (best === null || fits > best.fits || (fits === best.fits && clean > best.clean)) {
      best = { text, ranges, reading, fits, clean };
    }
    // Every selection fits on word boundaries: another reading can only tie, and ties keep this
    // one, so normalising a rewritten copy of a long text would be wasted.
    if (best.fits === selections.length && best.clean === selections.length) break;
  }
  if (best === null) throw new Error('unreachable: at least one reading');
  return { text: best.text, ranges: best.ranges, reading: best.reading };
}

const WORD = /[\p{L}\p{N}]/u;

function atBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !WORD.test(text[offset - 1] ?? '') || !WORD.test(text[offset] ?? '');
}

/**
 * Normalises text like `normaliseText` and records where each raw UTF-16 offset lands in the
 * result (`map`, length `raw.length + 1`). Works in small groups (a CRLF pair, or a character with
 * its combining marks) whose NFC forms concatenate to the NFC of the whole; an offset inside a
 * group maps to the group's start. If that ever differs from `normaliseText` (exotic scripts),
 * the single normalisation function wins and offsets map proportionally.
 */
export function normaliseWithMap(raw: string): { text: string; map: Int32Array } {
  const map = new Int32Array(raw.length + 1);
  if (!NEEDS_GROUPING.test(raw)) {
    // Only characters below U+0300 and no CR, NUL or BOM: the text is already normalised and
    // every offset maps to itself. One native scan instead of a loop over millions of characters.
    for (let k = 0; k <= raw.length; k++) map[k] = k;
    return { text: raw, map };
  }
  const parts: string[] = [];
  let out = 0;
  let i = 0;
  // Start of the current run of characters copied unchanged (flushed into `parts` in one slice).
  let run = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    // Below U+0300 every character is its own NFC form and no combining mark; when the next one
    // is below U+0300 too, it is a group of one. This keeps long Latin texts off the slow path.
    if (code < 0x300 && code !== 0x0d && code !== 0 && (i + 1 === raw.length || raw.charCodeAt(i + 1) < 0x300)) {
      map[i] = out++;
      i++;
      continue;
    }
    if (run < i) parts.push(raw.slice(run, i));
    const ch = raw[i];
    let length: number;
    let value: string;
    if (i === 0 && ch === '\uFEFF') [length, value] = [1, ''];
    else if (ch === '\r') [length, value] = [raw[i + 1] === '\n' ? 2 : 1, '\n'];
    else if (ch === '\u0000') [length, value] = [1, ''];
    else {
      length = groupLength(raw, i);
      value = raw.slice(i, i + length).normalize('NFC');
    }
    for (let k = 0; k < length; k++) map[i + k] = out;
    parts.push(value);
    out += value.length;
    i += length;
    run = i;
  }
  if (run < raw.length) parts.push(raw.slice(run));
  map[raw.length] = out;
  const text = parts.join('');
  const expected = normaliseText(raw);
  if (text === expected) return { text, map };
  for (let k = 0; k <= raw.length; k++) map[k] = Math.round((k * expected.length) / Math.max(1, raw.length));
  return { text: expected, map };
}

/** A character that normalisation may change or group with its neighbour (see the fast path). */
const NEEDS_GROUPING = /[^\u0001-\u000C\u000E-\u02FF]/;

const COMBINING = /^[\p{M}\u1160-\u11FF]/u;

/** UTF-16 length of the character at `at` plus the combining marks (and Hangul jamo) after it. */
function groupLength(raw: string, at: number): number {
  const first = raw.codePointAt(at) ?? 0;
  let end = at + (first > 0xffff ? 2 : 1);
  while (end < raw.length && COMBINING.test(raw.slice(end, end + 2))) {
    end += (raw.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return end - at;
}
