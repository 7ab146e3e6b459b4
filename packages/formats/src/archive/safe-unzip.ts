import { INPUT_LIMITS, tooLarge } from '../input-limits.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';
import { streamZipEntry } from './zip-entry-data.js';

/** Caps applied while unpacking an untrusted zip (docx, qdpx). Sizes are in bytes. */
export interface UnzipLimits {
  /** Most entries accepted, directories included. Default {@link INPUT_LIMITS}`.zipEntries`. */
  maxEntries?: number;
  /** Largest unpacked size of one entry. Default {@link INPUT_LIMITS}`.zipEntryBytes`. */
  maxEntryBytes?: number;
  /** Largest unpacked size of all entries together. Default {@link INPUT_LIMITS}`.zipTotalBytes`. */
  maxTotalBytes?: number;
  /** The archive's file name, used in error messages. Default `archive`. */
  fileName?: string;
}

/** Defaults of {@link UnzipLimits}: generous for a project of 1,000 transcripts, fatal for a zip bomb. */
export const DEFAULT_UNZIP_LIMITS = {
  maxEntries: INPUT_LIMITS.zipEntries,
  maxEntryBytes: INPUT_LIMITS.zipEntryBytes,
  maxTotalBytes: INPUT_LIMITS.zipTotalBytes,
} as const;

/** An opened zip: its entries by name, and a way to unpack one of them within a cap. */
export interface OpenedZip {
  /** Files only (directory entries are validated, then left out). */
  entries: ReadonlyMap<string, ZipEntry>;
  /** Streams one entry's bytes to `onChunk` (see `streamZipEntry`). */
  stream(entry: ZipEntry, maxBytes: number, onChunk: (chunk: Uint8Array) => void): number;
  /** Unpacks one entry into memory, within `maxBytes`. */
  read(entry: ZipEntry, maxBytes: number): Uint8Array;
}

/**
 * Reads a zip's directory without unpacking anything: entry count, names (no path traversal,
 * no duplicates) and declared sizes are checked here; sizes are checked again while each entry
 * is unpacked. Errors: `unsafe_archive`, `file_too_large`, `parse_error` (see `unzipSafely`).
 */
export function openZip(bytes: Uint8Array, limits: UnzipLimits = {}): OpenedZip {
  const fileName = limits.fileName ?? 'archive';
  const maxEntryBytes = limits.maxEntryBytes ?? DEFAULT_UNZIP_LIMITS.maxEntryBytes;
  const maxTotalBytes = limits.maxTotalBytes ?? DEFAULT_UNZIP_LIMITS.maxTotalBytes;
  const listed = readZipDirectory(bytes, fileName, limits.maxEntries ?? DEFAULT_UNZIP_LIMITS.maxEntries);
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  for (const entry of listed) {
    if (entry.name.endsWith('/')) continue;
    if (entry.size > maxEntryBytes) throw tooLarge(fileName, `zip entry "${entry.name}" unpacked`, maxEntryBytes, 'bytes', { entry: entry.name, size: entry.size });
    declared += entry.size;
    if (declared > maxTotalBytes) throw tooLarge(fileName, 'the unpacked zip', maxTotalBytes, 'bytes', { size: declared });
    entries.set(entry.name, entry);
  }
  const stream = (entry: ZipEntry, maxBytes: number, onChunk: (chunk: Uint8Array) => void): number => streamZipEntry(bytes, entry, fileName, maxBytes, onChunk);
  const read = (entry: ZipEntry, maxBytes: number): Uint8Array => {
    // The declared size is exact or the entry is refused, so one buffer of that size suffices.
    const data = new Uint8Array(Math.min(entry.size, maxBytes));
    let at = 0;
    stream(entry, maxBytes, (chunk) => {
      data.set(chunk, at);
      at += chunk.length;
    });
    return data;
  };
  return { entries, stream, read };
}

/**
 * Unpacks a zip held in memory, refusing anything that could exhaust memory or escape a folder.
 *
 * The entries' declared sizes are checked against the caps before anything is inflated, and
 * the bytes are counted again while each entry inflates, so a header that understates a size
 * stops the work at once. Directory entries are validated but not returned.
 *
 * Errors: `unsafe_archive` (bad or repeated entry name, too many entries), `file_too_large`
 * (entry or total over the cap), `parse_error` (the bytes are not a readable zip, or an entry
 * unpacks to another size than its header says). Nothing partial is returned.
 */
export function unzipSafely(bytes: Uint8Array, limits: UnzipLimits = {}): Map<string, Uint8Array> {
  const zip = openZip(bytes, limits);
  const maxEntryBytes = limits.maxEntryBytes ?? DEFAULT_UNZIP_LIMITS.maxEntryBytes;
  const result = new Map<string, Uint8Array>();
  for (const [name, entry] of zip.entries) result.set(name, zip.read(entry, maxEntryBytes));
  return result;
}
