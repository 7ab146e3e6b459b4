import type { OpenedZip } from '../archive/safe-unzip.js';
import type { ZipEntry } from '../archive/zip-directory.js';
import { tooLarge } from '../input-limits.js';

/** Files of an archive by lower-case name, unpacked when asked for. */
export interface ArchiveFiles {
  get(lowerCaseName: string): Uint8Array | undefined;
}

/**
 * Finds a text file a REFI-QDA document points at. Accepts `internal://x.txt` (the standard),
 * bare relative paths (qc writes `board_2017.txt`), and `sources/` or `Sources/` in any case.
 * Returns null for external paths (`relative://`, `absolute://`, `file://`), which point outside
 * the archive, and for files that are not in it.
 */
export function findArchiveFile(files: ArchiveFiles, reference: string): Uint8Array | null {
  if (/^(relative|absolute|file):\/\//i.test(reference)) return null;
  const relative = reference.replace(/^internal:\/\//i, '').replace(/^\/+/, '');
  const lower = relative.toLowerCase();
  for (const candidate of [`sources/${lower}`, lower]) {
    const found = files.get(candidate);
    if (found) return found;
  }
  return null;
}

/** Keys a zip's entries by lower-case name, so lookups ignore the case tools chose. */
export function byLowerCaseName<T>(entries: ReadonlyMap<string, T>): Map<string, T> {
  return new Map([...entries].map(([name, data]) => [name.toLowerCase(), data]));
}

/**
 * The files of an opened zip, each unpacked when asked for (within `maxEntryBytes`). Every read
 * counts against `maxTotalBytes`, also a second read of the same file: each read becomes a text
 * of its own, so a project must not make one big text count many times by pointing many
 * sources at it.
 */
export function lazyArchiveFiles(zip: OpenedZip, limits: { fileName: string; maxEntryBytes: number; maxTotalBytes: number }): ArchiveFiles {
  const entries: Map<string, ZipEntry> = byLowerCaseName(zip.entries);
  let total = 0;
  return {
    get(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      total += entry.size;
      if (total > limits.maxTotalBytes) throw tooLarge(limits.fileName, 'the unpacked zip', limits.maxTotalBytes, 'bytes');
      return zip.read(entry, limits.maxEntryBytes);
    },
  };
}

/**
 * Decodes a source's text: UTF-8 as the standard says, or (for files older tools wrote in a
 * legacy code page) Windows-1252, which the caller reports as a warning.
 */
export function decodeSourceText(bytes: Uint8Array): { text: string; legacy: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true };
  }
}
