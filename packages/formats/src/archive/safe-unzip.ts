import { unzipSync, type UnzipFileInfo } from 'fflate';
import { PolyphonyError, isPolyphonyError } from '@polyphony/core';
import { assertSafeEntryName } from './zip-entry-name.js';

/** Caps applied while unpacking an untrusted zip (docx, qdpx). Sizes are in bytes. */
export interface UnzipLimits {
  /** Most entries accepted, directories included. Default 10,000. */
  maxEntries?: number;
  /** Largest unpacked size of one entry. Default 200 MB. */
  maxEntryBytes?: number;
  /** Largest unpacked size of all entries together. Default 1 GB. */
  maxTotalBytes?: number;
  /** The archive's file name, used in error messages. Default `archive`. */
  fileName?: string;
}

/** Defaults of {@link UnzipLimits}: generous for a project of 1,000 transcripts, fatal for a zip bomb. */
export const DEFAULT_UNZIP_LIMITS = {
  maxEntries: 10_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
} as const;

/**
 * Unpacks a zip held in memory, refusing anything that could exhaust memory or escape a folder.
 *
 * Every entry's declared size is checked *before* it is inflated (fflate allocates exactly the
 * declared size and never writes past it, so a header that understates the size yields truncated
 * data, not a bigger buffer); actual sizes are checked again afterwards because stored entries
 * take their length from the compressed size. Directory entries are validated but not returned.
 *
 * Errors: `unsafe_archive` (bad entry name, too many entries), `file_too_large` (entry or total
 * over the cap), `parse_error` (the bytes are not a readable zip). Nothing partial is returned.
 */
export function unzipSafely(bytes: Uint8Array, limits: UnzipLimits = {}): Map<string, Uint8Array> {
  const fileName = limits.fileName ?? 'archive';
  const maxEntries = limits.maxEntries ?? DEFAULT_UNZIP_LIMITS.maxEntries;
  const maxEntryBytes = limits.maxEntryBytes ?? DEFAULT_UNZIP_LIMITS.maxEntryBytes;
  const maxTotalBytes = limits.maxTotalBytes ?? DEFAULT_UNZIP_LIMITS.maxTotalBytes;

  let entries = 0;
  let declaredTotal = 0;
  const filter = (info: UnzipFileInfo): boolean => {
    entries += 1;
    if (entries > maxEntries) {
      throw new PolyphonyError('unsafe_archive', `${fileName}: more than ${maxEntries} entries in the zip`, {
        file: fileName,
        maxEntries,
      });
    }
    assertSafeEntryName(info.name, fileName);
    checkEntrySize(fileName, info.name, info.originalSize, maxEntryBytes);
    declaredTotal += info.originalSize;
    checkTotal(fileName, declaredTotal, maxTotalBytes);
    return !info.name.endsWith('/');
  };

  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, { filter });
  } catch (e) {
    if (isPolyphonyError(e)) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new PolyphonyError('parse_error', `${fileName}: not a readable zip archive (${reason})`, {
      file: fileName,
      reason,
    });
  }

  const result = new Map<string, Uint8Array>();
  let actualTotal = 0;
  for (const [name, data] of Object.entries(unpacked)) {
    checkEntrySize(fileName, name, data.length, maxEntryBytes);
    actualTotal += data.length;
    checkTotal(fileName, actualTotal, maxTotalBytes);
    result.set(name, data);
  }
  return result;
}

function checkEntrySize(fileName: string, entry: string, size: number, max: number): void {
  if (size > max) {
    throw new PolyphonyError(
      'file_too_large',
      `${fileName}: zip entry "${entry}" unpacks to ${size} bytes, more than the limit of ${max}`,
      { file: fileName, entry, size, limit: max },
    );
  }
}

function checkTotal(fileName: string, total: number, max: number): void {
  if (total > max) {
    throw new PolyphonyError(
      'file_too_large',
      `${fileName}: zip unpacks to more than the limit of ${max} bytes`,
      { file: fileName, size: total, limit: max },
    );
  }
}
