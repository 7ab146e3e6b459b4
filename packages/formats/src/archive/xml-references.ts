/**
 * Decodes the five predefined XML entities and numeric character references (`&#233;`,
 * `&#xE9;`) in one left-to-right pass. Any other `&name;` is left as written: without a DTD it
 * has no meaning, and guessing HTML entities would change text silently.
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (match: string, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return PREDEFINED[name] ?? match;
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
    // Code points past U+10FFFF or lone surrogates cannot be represented; keep the reference.
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return match;
    return String.fromCodePoint(code);
  });
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
