import { Inflate } from 'fflate';
import { PolyphonyError, isPolyphonyError } from '@polyphony/core';
import { tooLarge } from '../input-limits.js';
import type { ZipEntry } from './zip-directory.js';

// Compressed bytes handed to the inflater at a time. DEFLATE expands at most about 1,032 times,
// so one step never produces more than about 33 MB, however hostile the data; smaller steps
// cost fflate more time per byte (8 KB steps took twice as long on a 10 MB document).
const STEP = 32 * 1024;
// Stored entries are handed on in slices of this size, like inflated ones.
const STORED_SLICE = 64 * 1024;

/**
 * Unpacks one zip entry chunk by chunk, handing each chunk to `onChunk` as it is produced, and
 * counts the bytes *while* inflating: the first chunk past `maxBytes` stops the work with
 * `file_too_large`, so a bomb never costs more than the limit plus one step. The declared size
 * is checked before starting, and the actual size must equal it (`parse_error` otherwise: a
 * header that lies is a damaged or crafted file). Returns the number of bytes produced.
 */
export function streamZipEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string, maxBytes: number, onChunk: (chunk: Uint8Array) => void): number {
  const over = (): PolyphonyError => tooLarge(fileName, `zip entry "${entry.name}" unpacked`, maxBytes, 'bytes', { entry: entry.name });
  const damaged = (why: string): PolyphonyError =>
    new PolyphonyError('parse_error', `${fileName}: zip entry "${entry.name}" is damaged (${why})`, { file: fileName, entry: entry.name, reason: why });
  if (entry.size > maxBytes) throw over();
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > maxBytes) throw over();
    if (produced > entry.size) throw damaged(`it unpacks to more than the ${entry.size} bytes its header says`);
    if (chunk.length > 0) onChunk(chunk);
  };

  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STORED_SLICE) take(data.subarray(at, at + STORED_SLICE));
  } else {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; ; at += STEP) {
        const last = at + STEP >= data.length;
        inflater.push(data.subarray(at, at + STEP), last);
        if (last) break;
      }
    } catch (e) {
      if (isPolyphonyError(e)) throw e;
      throw damaged(e instanceof Error ? e.message : String(e));
    }
  }
  if (produced !== entry.size) throw damaged(`it unpacks to ${produced} bytes, its header says ${entry.size}`);
  return produced;
}
