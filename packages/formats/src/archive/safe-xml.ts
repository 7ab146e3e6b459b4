import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PolyphonyError } from '@polyphony/core';
import { decodeXmlReferences } from './xml-references.js';

/**
 * Parsed XML as plain data. All values are strings (numbers are never guessed, so `007` stays
 * `007`). Without `preserveOrder` an element is an object of children and `@_`-prefixed
 * attributes; with it, a list of `{ tag: children, ':@': attributes }` and `{ '#text': … }` items.
 */
export type XmlValue = string | XmlValue[] | { [name: string]: XmlValue };

/** Options of {@link parseXmlSafely}. */
export interface SafeXmlOptions {
  /** The file the XML came from (`report.docx:word/document.xml`), used in error messages. */
  fileName?: string;
  /** Keep document order (mixed content such as docx runs). Default false. */
  preserveOrder?: boolean;
  /** Prefix of attribute keys. Default `@_`. */
  attributePrefix?: string;
  /** Drop attributes entirely. Default false. */
  ignoreAttributes?: boolean;
  /** Strip `w:`-style namespace prefixes from tag and attribute names. Default false. */
  removeNamespacePrefix?: boolean;
  /** Trim whitespace around text values; docx needs it off (`xml:space="preserve"`). Default false. */
  trimValues?: boolean;
  /** Tags that are always arrays in object mode (e.g. `Code`, `Coding` in REFI-QDA). */
  alwaysArray?: readonly string[];
}

/**
 * Parses untrusted XML with no DTD processing at all.
 *
 * Any `<!DOCTYPE` or `<!ENTITY` is refused with `unsafe_archive`: this closes entity expansion
 * ("billion laughs") and external entities in one rule, and neither docx nor REFI-QDA uses a DTD,
 * so a file that has one was not written by an ordinary tool. The code is `unsafe_archive`, not
 * `parse_error`, so the user learns the file was refused on purpose rather than damaged. A
 * literal `<!DOCTYPE` inside CDATA is refused too (a false alarm we accept for a simple rule).
 *
 * Malformed XML is a `parse_error` with `line` and `column` in `details` and the message.
 * Only the five predefined entities and numeric character references are decoded.
 */
export function parseXmlSafely(xml: string, options: SafeXmlOptions = {}): XmlValue {
  const fileName = options.fileName ?? 'XML';
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration) {
    const { line, column } = lineAndColumn(xml, declaration.index);
    throw new PolyphonyError(
      'unsafe_archive',
      `${fileName}: refused a <!${declaration[1]?.toUpperCase()}> declaration at line ${line}, column ${column} (DTDs and entities are not allowed)`,
      { file: fileName, line, column },
    );
  }

  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    throw new PolyphonyError('parse_error', `${fileName}: malformed XML at line ${line}, column ${col}: ${msg}`, {
      file: fileName,
      line,
      column: col,
      reason: msg,
    });
  }

  const alwaysArray = new Set(options.alwaysArray ?? []);
  const parser = new XMLParser({
    preserveOrder: options.preserveOrder ?? false,
    attributeNamePrefix: options.attributePrefix ?? '@_',
    ignoreAttributes: options.ignoreAttributes ?? false,
    removeNSPrefix: options.removeNamespacePrefix ?? false,
    trimValues: options.trimValues ?? false,
    parseTagValue: false,
    parseAttributeValue: false,
    // We decode references ourselves in one pass, so `&amp;#60;` can never be decoded twice.
    processEntities: false,
    htmlEntities: false,
    tagValueProcessor: (_tag, value) => decodeXmlReferences(value),
    attributeValueProcessor: (_name, value) => decodeXmlReferences(value),
    isArray: (tag) => alwaysArray.has(tag),
  });
  const parsed: unknown = parser.parse(xml);
  return toXmlValue(parsed);
}

/** Narrows the parser's untyped output to {@link XmlValue} (it only ever builds these shapes). */
function toXmlValue(value: unknown): XmlValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toXmlValue);
  if (typeof value === 'object' && value !== null) {
    const out: { [name: string]: XmlValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toXmlValue(v);
    return out;
  }
  return value === undefined || value === null ? '' : String(value);
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
