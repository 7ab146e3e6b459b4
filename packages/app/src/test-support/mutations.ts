import fc from 'fast-check';

/**
 * Markup and syntax that readers must survive wherever it lands: stray and unclosed tags,
 * references, DTDs, CDATA, quotes, separators, timings, byte-order marks, line ends, and a
 * burst of nesting. Text mutations pick from these or from arbitrary text.
 */
const TOKENS = [
  '<', '>', '</', '/>', '<a>', '</a>', '<w:p>', '</w:p>', '<w:r>', '<w:t>', '</w:t>', '<Code guid="x">', '</Code>',
  '&', '&amp;', '&#0;', '&#xD800;', '&#x1F600;', '&lt;', '&nbsp;', '<!DOCTYPE x>', '<!ENTITY a "b">', '<![CDATA[', ']]>',
  '<!--', '-->', '<?xml version="1.0"?>', '"', "'", '=', ':', ': ', ',', ';', '\t', '\n', '\r\n', '\r', '\n\n', '\uFEFF',
  '-->', '00:00:01.000 --> 00:00:02.000', '99:99:99,999 --> 00:00:00,000', 'WEBVTT', 'NOTE', '<v J1>', '{', '}', '[', ']',
  '\\', '\u0000', '\u202E', '\u200B', '\uD800', 'é', 'e\u0301', '😀', '<a><a><a><a><a><a><a><a>',
] as const;

/** One edit of a text: delete, duplicate, insert (a token or random text) or replace a stretch. */
export type TextEdit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; length: number; text: string }
  | { kind: 'replace'; at: number; length: number; text: string };

/** Arbitrary edits, 1 to 4 of them. Positions are taken modulo the text length when applied. */
export function textEdits(): fc.Arbitrary<TextEdit[]> {
  const piece = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12, unit: 'grapheme' }), fc.string({ maxLength: 8, unit: 'binary' }));
  const at = fc.nat();
  const length = fc.nat({ max: 64 });
  const edit: fc.Arbitrary<TextEdit> = fc.oneof(
    fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at, length }),
    fc.record({ kind: fc.constantFrom('insert' as const, 'replace' as const), at, length, text: piece }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 });
}

/** Applies {@link textEdits} to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let s = text;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    const end = Math.min(s.length, at + e.length);
    if (e.kind === 'delete') s = s.slice(0, at) + s.slice(end);
    else if (e.kind === 'duplicate') s = s.slice(0, end) + s.slice(at, end) + s.slice(end);
    else if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else s = s.slice(0, at) + e.text + s.slice(end);
  }
  return s;
}

/** One edit of bytes: flip a bit, set a byte, cut the tail, drop or insert a stretch. */
export type ByteEdit = { kind: 'flip'; at: number; bit: number } | { kind: 'set'; at: number; value: number } | { kind: 'truncate'; at: number } | { kind: 'drop'; at: number; length: number } | { kind: 'insert'; at: number; bytes: Uint8Array };

/** Arbitrary byte edits, 1 to 4 of them. */
export function byteEdits(): fc.Arbitrary<ByteEdit[]> {
  const at = fc.nat();
  const edit: fc.Arbitrary<ByteEdit> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at, bit: fc.nat({ max: 7 }) }),
    fc.record({ kind: fc.constant('set' as const), at, value: fc.nat({ max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
    fc.record({ kind: fc.constant('drop' as const), at, length: fc.nat({ max: 64 }) }),
    fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 });
}

/** Applies {@link byteEdits} to a copy of `bytes`. */
export function applyByteEdits(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let b = bytes.slice();
  for (const e of edits) {
    const at = b.length === 0 ? 0 : e.at % b.length;
    if (e.kind === 'flip' && b.length > 0) b[at] = (b[at] ?? 0) ^ (1 << e.bit);
    else if (e.kind === 'set' && b.length > 0) b[at] = e.value;
    else if (e.kind === 'truncate') b = b.slice(0, at);
    else if (e.kind === 'drop') b = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + e.length)]);
    else if (e.kind === 'insert') b = new Uint8Array([...b.subarray(0, at), ...e.bytes, ...b.subarray(at)]);
  }
  return b;
}

/** Random bytes, sometimes behind a signature that sends them down a reader's real path. */
export function randomBytes(...signatures: string[]): fc.Arbitrary<Uint8Array> {
  const prefix = fc.constantFrom('', ...signatures).map((s) => new TextEncoder().encode(s));
  return fc.tuple(prefix, fc.uint8Array({ maxLength: 2_000 })).map(([p, rest]) => new Uint8Array([...p, ...rest]));
}
