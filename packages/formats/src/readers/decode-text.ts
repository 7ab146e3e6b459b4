import { normaliseText } from '@polyphony/core';
import { INPUT_LIMITS, tooLarge } from '../input-limits.js';

/** Text decoded from a file's bytes, normalised, with a warning when it was not UTF-8. */
export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * Decodes a text file: strict UTF-8 first; bytes that are not valid UTF-8 are read as
 * windows-1252, the encoding older Norwegian Word and Notepad files use (æ ø å as single bytes),
 * with a warning so the user can check the result. A UTF-8 BOM is dropped by `normaliseText`.
 * Text longer than {@link INPUT_LIMITS}`.transcriptCharacters` is refused (`file_too_large`)
 * before any further work is done on it.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodedText {
  let raw: string;
  let warnings: string[] = [];
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    raw = new TextDecoder('windows-1252').decode(bytes);
    warnings = [`${fileName}: not valid UTF-8, read as windows-1252; check æ, ø and å`];
  }
  if (raw.length > INPUT_LIMITS.transcriptCharacters) {
    throw tooLarge(fileName, 'the text', INPUT_LIMITS.transcriptCharacters, 'characters', { size: raw.length });
  }
  return { text: normaliseText(raw), warnings };
}
