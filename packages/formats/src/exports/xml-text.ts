/**
 * Characters XML 1.0 forbids anywhere in a document (C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF and lone surrogates). With the `u` flag a lone surrogate is one code point, so it
 * is caught here too. A transcript pasted from a PDF can hold such characters, and a single one
 * makes Excel and Word refuse the whole file.
 */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 does not allow, keeping everything else as it is. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/**
 * Escapes text for XML element content and double-quoted attribute values, after dropping
 * illegal characters. CR becomes `&#13;` because a parser would otherwise turn it into LF.
 */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}
