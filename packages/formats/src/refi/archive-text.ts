import { PolyphonyError } from '@polyphony/core';

/**
 * Finds a text file a REFI-QDA document points at. Accepts `internal://x.txt` (the standard),
 * bare relative paths (qc writes `board_2017.txt`), and `sources/` or `Sources/` in any case.
 * Returns null for external paths (`relative://`, `absolute://`, `file://`), which point outside
 * the archive, and for files that are not in it.
 */
export function findArchiveFile(files: ReadonlyMap<string, Uint8Array>, reference: string): Uint8Array | null {
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
export function byLowerCaseName(entries: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...entries].map(([name, data]) => [name.toLowerCase(), data]));
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

/** Decodes an XML document that must be UTF-8; anything else is a `parse_error`. */
export function decodeXmlDocument(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PolyphonyError('parse_error', `${fileName}: not valid UTF-8 text`, { file: fileName });
  }
}
