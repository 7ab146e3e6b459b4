import { PolyphonyError } from '@polyphony/core';
import { readDocx } from './read-docx.js';
import { readSrt } from './read-srt.js';
import { readTxt } from './read-txt.js';
import { readVtt } from './read-vtt.js';
import type { TranscriptFormat, TranscriptReadResult } from './transcript-result.js';

/** Largest transcript file accepted: far above a long interview, small enough to hold in memory. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

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
 * {@link MAX_TRANSCRIPT_BYTES}, `parse_error` for a damaged file or one with no text,
 * `unsafe_archive` for a docx that is a hostile zip or has a DTD.
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
    throw new PolyphonyError('file_too_large', `${fileName}: ${bytes.length} bytes, more than ${MAX_TRANSCRIPT_BYTES}`, {
      file: fileName,
      size: bytes.length,
      limit: MAX_TRANSCRIPT_BYTES,
    });
  }
  const result = READERS[extension](fileName, bytes);
  if (result.text.trim().length === 0) {
    throw new PolyphonyError('parse_error', `${fileName}: the transcript has no text`, { file: fileName });
  }
  return result;
}

function isTranscriptFormat(extension: string): extension is TranscriptFormat {
  return Object.hasOwn(READERS, extension);
}
