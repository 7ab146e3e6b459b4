import { PolyphonyError } from '../errors.js';

/**
 * Deepest nesting of lists and objects accepted in an analysis file. The format itself is four
 * levels deep (file → list → item → field); the margin is for tools that wrap it.
 */
export const MAX_ANALYSIS_JSON_DEPTH = 64;

/** Longest analysis file accepted, in UTF-16 code units: far above 100,000 codings. */
export const MAX_ANALYSIS_JSON_CHARACTERS = 50_000_000;

/**
 * How deeply `[` and `{` nest in JSON text, counted in one pass without parsing (brackets inside
 * strings do not count). Stops counting, and returns, as soon as `stopAbove` is passed, so a
 * hostile file costs no more than reaching the limit.
 */
export function jsonNestingDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: up to the next quote not escaped by a backslash.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Parses the text of an analysis file (a UTF-8 byte-order mark is dropped) within limits:
 * `file_too_large` over {@link MAX_ANALYSIS_JSON_CHARACTERS}, `nesting_too_deep` when lists and
 * objects nest deeper than {@link MAX_ANALYSIS_JSON_DEPTH} (checked before parsing, so nothing
 * deep is ever built: code that walks such a value, copying or printing it, would run out of
 * stack), `parse_error` for text that is not JSON. Every message names the file.
 */
export function parseAnalysisJson(text: string, fileName: string): unknown {
  if (text.length > MAX_ANALYSIS_JSON_CHARACTERS) {
    throw new PolyphonyError(
      'file_too_large',
      `${fileName}: the analysis file is more than the limit of ${MAX_ANALYSIS_JSON_CHARACTERS.toLocaleString('en-US')} characters`,
      { file: fileName, limit: MAX_ANALYSIS_JSON_CHARACTERS, unit: 'characters', size: text.length },
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonNestingDepth(body, MAX_ANALYSIS_JSON_DEPTH) > MAX_ANALYSIS_JSON_DEPTH) {
    throw new PolyphonyError(
      'nesting_too_deep',
      `${fileName}: lists and objects are nested more than ${MAX_ANALYSIS_JSON_DEPTH} levels deep, the limit for an analysis file`,
      { file: fileName, limit: MAX_ANALYSIS_JSON_DEPTH },
    );
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new PolyphonyError('parse_error', `${fileName} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { file: fileName });
  }
}
