/**
 * The small XML writer used for REFI-QDA output. Building strings with one escaping function is
 * simpler to audit than a DOM, and it lets us drop characters XML 1.0 forbids (a transcript
 * pasted from a PDF can hold a stray control character, and one such character makes every
 * reader refuse the whole project).
 */

/** Attribute values: `undefined` and `null` leave the attribute out. */
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that XML 1.0 does not allow anywhere in a document. */
export function dropIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Escapes element text. CR is written as a reference because parsers turn a literal CR into LF. */
export function escapeText(text: string): string {
  return dropIllegalXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes a double-quoted attribute value; tab and line ends are references so they survive. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * One element as a string. `children` are already-written elements (or escaped text via
 * {@link textElement}); an element without children is self-closing.
 */
export function element(name: string, attributes: XmlAttributes, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** An element holding only text, e.g. `<Description>…</Description>`. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeText(text)}</${name}>`;
}

/** The XML declaration every REFI-QDA document starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
