import { parseLabelledParagraphs } from '@polyphony/core';
import { decodeText } from './decode-text.js';
import type { TranscriptReadResult } from './transcript-result.js';

/**
 * Reads a plain-text transcript with one `Label: text` paragraph per turn. The file's own text is
 * kept (normalised, not re-composed) so that it matches what the user sees in their editor.
 */
export function readTxt(fileName: string, bytes: Uint8Array): TranscriptReadResult {
  const { text, warnings } = decodeText(fileName, bytes);
  return { format: 'txt', text, turns: parseLabelledParagraphs(text), warnings };
}
