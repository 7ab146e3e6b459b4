import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { openZip, unzipSafely } from './safe-unzip.js';
import { errorOf } from '../test-support/error-of.js';

/** Rewrites the declared uncompressed size of every central-directory entry (a lying header). */
function patchDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 4 <= copy.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return copy;
}

describe('unzipSafely', () => {
  it('returns the files of an ordinary zip and skips directory entries', () => {
    const zip = zipSync({ 'word/': {}, 'word/document.xml': strToU8('<w/>'), 'a.txt': strToU8('hei') });
    const files = unzipSafely(zip);
    expect([...files.keys()].sort()).toEqual(['a.txt', 'word/document.xml']);
    expect(new TextDecoder().decode(files.get('a.txt'))).toBe('hei');
  });

  it.each([
    ['../evil.txt', 'parent-directory'],
    ['a/../../evil.txt', 'parent-directory'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/evil.txt', 'drive letter'],
    ['a\\..\\..\\evil.txt', 'backslash'],
  ])('refuses the entry name %s', (name, reason) => {
    const zip = zipSync({ 'ok.txt': strToU8('x'), [name]: strToU8('x') });
    const err = errorOf(() => unzipSafely(zip, { fileName: 'evil.qdpx' }));
    expect(err.code).toBe('unsafe_archive');
    expect(err.message).toContain('evil.qdpx');
    expect(err.message).toContain(reason);
  });

  it('refuses more entries than the limit', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10; i++) files[`f${i}.txt`] = strToU8('x');
    expect(() => unzipSafely(zipSync(files), { maxEntries: 10 })).not.toThrow();
    files['f10.txt'] = strToU8('x');
    expect(errorOf(() => unzipSafely(zipSync(files), { maxEntries: 10 })).code).toBe('unsafe_archive');
  });

  it('refuses an entry bigger than the per-entry limit before inflating it', () => {
    const zip = zipSync({ 'big.xml': new Uint8Array(50_000).fill(65) }, { level: 9 });
    expect(zip.length).toBeLessThan(1_000);
    const err = errorOf(() => unzipSafely(zip, { maxEntryBytes: 10_000 }));
    expect(err.code).toBe('file_too_large');
    expect(err.message).toContain('big.xml');
  });

  it('refuses when the entries together exceed the total limit', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(6_000), 'b.bin': new Uint8Array(6_000) });
    expect(unzipSafely(zip, { maxTotalBytes: 12_000 }).size).toBe(2);
    expect(errorOf(() => unzipSafely(zip, { maxTotalBytes: 11_999 })).code).toBe('file_too_large');
  });

  it('stops a bomb whose header understates its size while inflating, at the limit', () => {
    // 16 MB of zeros packs into about 16 KB; the header claims 10 bytes.
    const zip = patchDeclaredSize(zipSync({ 'bomb.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 }), 10);
    expect(zip.length).toBeLessThan(30_000);
    const opened = openZip(zip, { fileName: 'bomb.docx' });
    let delivered = 0;
    const err = errorOf(() => opened.stream(opened.entries.get('bomb.xml')!, 1024 * 1024, (chunk) => (delivered += chunk.length)));
    expect(err.code).toBe('file_too_large');
    expect(err.message).toBe('bomb.docx: zip entry "bomb.xml" unpacked is more than the limit of 1 MB');
    expect(delivered).toBeLessThanOrEqual(1024 * 1024);
  });

  it('refuses an entry that unpacks to more than its header says, even under the limit', () => {
    const zip = patchDeclaredSize(zipSync({ 'liar.xml': new Uint8Array(5_000).fill(65) }), 10);
    const err = errorOf(() => unzipSafely(zip, { fileName: 'liar.qdpx' }));
    expect(err.code).toBe('parse_error');
    expect(err.message).toContain('liar.qdpx: zip entry "liar.xml" is damaged');
  });

  it('refuses a name that occurs twice, so that no two readers can see different files', () => {
    const zip = zipSync({ 'a.txt': strToU8('first'), 'b.txt': strToU8('second') });
    // Rename b.txt to a.txt in the local and the central header.
    const twice = zip.slice();
    for (let i = 0; i + 5 <= twice.length; i++) if (String.fromCharCode(...twice.subarray(i, i + 5)) === 'b.txt') twice[i] = 0x61;
    const err = errorOf(() => unzipSafely(twice, { fileName: 'twice.docx' }));
    expect([err.code, err.message]).toEqual(['unsafe_archive', 'twice.docx: refused zip entry "a.txt" (the name occurs twice)']);
  });

  it('checks the actual size of a stored entry whose header understates it', () => {
    const zip = patchDeclaredSize(zipSync({ 'stored.bin': new Uint8Array(5_000) }, { level: 0 }), 10);
    expect(errorOf(() => unzipSafely(zip, { maxEntryBytes: 1_000 })).code).toBe('file_too_large');
  });

  it('reports bytes that are not a zip as parse_error naming the file', () => {
    const err = errorOf(() => unzipSafely(strToU8('just some text, not a zip'), { fileName: 'notes.docx' }));
    expect(err.code).toBe('parse_error');
    expect(err.message).toContain('notes.docx');
    expect(errorOf(() => unzipSafely(new Uint8Array(0))).code).toBe('parse_error');
  });

  it('reports a truncated zip as parse_error', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello '.repeat(100)) });
    expect(errorOf(() => unzipSafely(zip.subarray(0, zip.length - 30))).code).toBe('parse_error');
  });
});
