import { PolyphonyError } from '../errors.js';
import type { TextAnchor } from './anchor-types.js';

/** Characters of context stored either side of a segment (UTF-16 code units, at most). */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` would cut an emoji or other astral character in two. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Up to `CONTEXT_LENGTH` characters before `start`, never beginning with half an emoji. */
export function prefixBefore(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, from)) from += 1;
  return text.slice(from, start);
}

/** Up to `CONTEXT_LENGTH` characters after `end`, never ending with half an emoji. */
export function suffixAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return text.slice(end, to);
}

/**
 * Describes `text[start, end)` as a stand-off anchor: position, quote and context.
 * `text` must already be normalised. Throws `offsets_out_of_range` when the offsets are not
 * integers, are negative, are empty or reversed, lie beyond the text, or cut an astral
 * character (emoji) in half.
 */
export function describeSegment(text: string, start: number, end: number): TextAnchor {
  const problem = !Number.isInteger(start) || !Number.isInteger(end)
    ? 'offsets must be whole numbers'
    : start < 0
      ? 'start is negative'
      : end <= start
        ? 'end must be after start'
        : end > text.length
          ? `end is beyond the text (length ${text.length})`
          : splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)
            ? 'an offset splits a character in two'
            : null;
  if (problem !== null) {
    throw new PolyphonyError('offsets_out_of_range', `Segment ${start}–${end} is invalid: ${problem}.`, {
      start,
      end,
      length: text.length,
    });
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: prefixBefore(text, start),
    suffix: suffixAfter(text, end),
  };
}
