import { PolyphonyError } from '@polyphony/core';

/**
 * Checks that a zip entry name is a plain relative path, so that no consumer can be tricked into
 * writing or reading outside the archive's own tree ("zip slip"). Throws `unsafe_archive` for an
 * absolute path (`/etc/x`), a drive letter (`C:x`), a backslash (Windows treats it as a
 * separator, so `a\..\..\x` would escape there), a `..` segment, a control character, or a name
 * that is empty or `__proto__`.
 */
export function assertSafeEntryName(name: string, archiveName: string): void {
  const reason = unsafeReason(name);
  if (reason !== null) {
    throw new PolyphonyError('unsafe_archive', `${archiveName}: refused zip entry "${name}" (${reason})`, {
      file: archiveName,
      entry: name,
      reason,
    });
  }
}

function unsafeReason(name: string): string | null {
  if (name.length === 0) return 'empty name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'control character in name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return 'parent-directory segment';
  // fflate collects entries in a plain object, where this key would set the prototype instead.
  if (name === '__proto__') return 'reserved name';
  return null;
}
