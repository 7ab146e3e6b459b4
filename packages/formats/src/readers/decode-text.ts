import { normaliseText } from '@polyphony/core';

/** Text decoded from a file's bytes, normalised, with a warning when it was not UTF-8. */
export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * Decodes a text file: strict UTF-8 first; bytes that are not valid UTF-8 are read as
 * windows-1252, the encoding older Norwegian Word and Notepad files use (æ ø å as single bytes),
 * with a warning so the user can check the result. A UTF-8 BOM is dropped by `normaliseText`.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodedText {
  try {
    return { text: normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), warnings: [] };
  } catch {
    const text = normaliseText(new TextDecoder('windows-1252').decode(bytes));
    return { text, warnings: [`${fileName}: not valid UTF-8, read as windows-1252; check æ, ø and å`] };
  }
}
