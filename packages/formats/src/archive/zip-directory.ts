import { PolyphonyError } from '@polyphony/core';
import { assertSafeEntryName } from './zip-entry-name.js';

/** One file of a zip as its central directory describes it. Sizes are in bytes. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; nothing else is read. */
  method: number;
  /** Size of the entry's data in the archive. */
  compressedSize: number;
  /** Size the directory says the entry unpacks to (checked again while unpacking). */
  size: number;
  /** Where the entry's data starts in the archive. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/**
 * Lists the entries of a zip held in memory from its central directory (the only authoritative
 * list: local headers may leave sizes out), without unpacking anything. Zip64 sizes and offsets
 * are read; encrypted entries, spanned archives and compression other than stored or deflate
 * are refused as `parse_error`. Every name is checked with `assertSafeEntryName` and a name
 * given twice is refused (`unsafe_archive`): two tools could read two different documents.
 * The declared entry count is checked against `maxEntries` before a single entry is read.
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (why: string): PolyphonyError =>
    new PolyphonyError('parse_error', `${fileName}: not a readable zip archive (${why})`, { file: fileName, reason: why });
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => {
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw bad('a size or offset beyond what can be read');
    return Number(value);
  };

  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw bad('no end-of-directory record');
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0) throw bad('spanned archives are not supported');
  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryStart = u32(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) throw bad('zip64 locator missing');
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) throw bad('zip64 directory record missing');
    count = u64(record + 32);
    directorySize = u64(record + 40);
    directoryStart = u64(record + 48);
  }
  if (count > maxEntries) {
    throw new PolyphonyError('unsafe_archive', `${fileName}: more than ${maxEntries} entries in the zip`, { file: fileName, maxEntries });
  }
  if (directoryStart + directorySize > bytes.length) throw bad('the directory lies beyond the end of the file (truncated?)');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw bad('damaged central directory');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localStart = u32(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > bytes.length) throw bad('damaged central directory');
    const rawName = bytes.subarray(at + 46, nameEnd);
    // Bit 11: the name is UTF-8; otherwise CP437, read as Latin-1 as most tools do.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(rawName);
    ({ compressedSize, size, localStart } = zip64Extra(bytes.subarray(nameEnd, nameEnd + extraLength), nameEnd, { compressedSize, size, localStart }, u64));
    at = nameEnd + extraLength + commentLength;

    assertSafeEntryName(name, fileName);
    if (names.has(name)) {
      throw new PolyphonyError('unsafe_archive', `${fileName}: refused zip entry "${name}" (the name occurs twice)`, { file: fileName, entry: name, reason: 'duplicate name' });
    }
    names.add(name);
    if (flags & 0x1) throw bad(`entry "${name}" is encrypted`);
    if (method !== 0 && method !== 8) throw bad(`entry "${name}" uses compression method ${method}`);
    if (localStart + 30 > bytes.length || u32(localStart) !== LOCAL) throw bad(`entry "${name}" has no local header (truncated?)`);
    const dataStart = localStart + 30 + u16(localStart + 26) + u16(localStart + 28);
    if (dataStart + compressedSize > bytes.length) throw bad(`entry "${name}" runs past the end of the file (truncated?)`);
    entries.push({ name, method, compressedSize, size, dataStart });
  }
  return entries;
}

interface Sizes {
  compressedSize: number;
  size: number;
  localStart: number;
}

/**
 * Reads the zip64 extra field (id 1), which holds, in order, each value marked 0xFFFFFFFF.
 * `base` is where `extra` starts in the archive, for `u64`, which reads at archive offsets.
 */
function zip64Extra(extra: Uint8Array, base: number, sizes: Sizes, u64: (at: number) => number): Sizes {
  const marked = (['size', 'compressedSize', 'localStart'] as const).filter((k) => sizes[k] === 0xffffffff);
  if (marked.length === 0) return sizes;
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 1) {
      const out = { ...sizes };
      marked.forEach((key, i) => {
        if (at + 4 + 8 * (i + 1) <= extra.length) out[key] = u64(base + at + 4 + 8 * i);
      });
      return out;
    }
    at += 4 + length;
  }
  return sizes;
}
