import { PolyphonyError } from '@polyphony/core';
import { INPUT_LIMITS, tooLarge } from '../input-limits.js';
import { readDocx } from './read-docx.js';
import { readSrt } from './read-srt.js';
import { readTxt } from './read-txt.js';
import { readVtt } from './read-vtt.js';
import type { TranscriptFormat, TranscriptReadResult } from './transcript-result.js';

/** Largest transcript file accepted: far above a long interview, small enough to hold in memory. */
export const MAX_TRANSCRIPT_BYTES = INPUT_LIMITS.transcriptBytes;

const READERS: Record<TranscriptFormat, (fileName: string, bytes: Uint8Array) => TranscriptReadResult> = {
  txt: readTxt,
  docx: readDocx,
  vtt: readVtt,
  srt: readSrt,
};

/**
 * Reads a transcript file into normalised text and speaker turns, choosing the reader by the
 * file's extension (case-insensitive): `.txt`, `.docx`, `.vtt`, `.srt`.
 *
 * Errors (all name the file): `unsupported_format` for another extension, `file_too_large` over
 * {@link MAX_TRANSCRIPT_BYTES} or any other of the {@link INPUT_LIMITS} of a transcript (its
 * text, its turns, a docx's unpacked XML), `parse_error` for a damaged file or one with no text,
 * `unsafe_archive` for a docx that is a hostile zip or has a DTD, `nesting_too_deep` for a docx
 * whose XML nests deeper than the limit.
 */
export function readTranscript(fileName: string, bytes: Uint8Array): TranscriptReadResult {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!isTranscriptFormat(extension)) {
    throw new PolyphonyError(
      'unsupported_format',
      `${fileName}: unsupported transcript format${extension ? ` ".${extension}"` : ''} (use .txt, .docx, .vtt or .srt)`,
      { file: fileName, extension },
    );
  }
  if (bytes.length > MAX_TRANSCRIPT_BYTES) {
    throw tooLarge(fileName, `the file (${bytes.length.toLocaleString('en-US')} bytes)`, MAX_TRANSCRIPT_BYTES, 'bytes', { size: bytes.length });
  }
  const result = READERS[extension](fileName, bytes);
  if (result.text.length > INPUT_LIMITS.transcriptCharacters) {
    throw tooLarge(fileName, 'the transcript text', INPUT_LIMITS.transcriptCharacters, 'characters', { size: result.text.length });
  }
  if (result.turns.length > INPUT_LIMITS.transcriptTurns) {
    throw tooLarge(fileName, `the number of speaker turns (${result.turns.length.toLocaleString('en-US')})`, INPUT_LIMITS.transcriptTurns, 'turns', { size: result.turns.length });
  }
  if (result.text.trim().length === 0) {
    throw new PolyphonyError('parse_error', `${fileName}: the transcript has no text`, { file: fileName });
  }
  return result;
}

function isTranscriptFormat(extension: string): extension is TranscriptFormat {
  return Object.hasOwn(READERS, extension);
}
