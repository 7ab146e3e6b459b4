import { PolyphonyError } from '@polyphony/core';
import { XmlScanner, type XmlHandler, type XmlScanOptions } from './xml-scanner.js';

/**
 * Parsed XML as plain data. All values are strings (numbers are never guessed, so `007` stays
 * `007`). An element is an object of its children by tag (one object, or a list when the tag
 * repeats or is named in `alwaysArray`), its attributes under `@_name` and its text under
 * `#text`. Objects have no prototype, so a tag named `__proto__` is just a tag.
 */
export type XmlValue = string | XmlValue[] | { [name: string]: XmlValue };

/**
 * A document to read: a whole string, UTF-8 bytes, or a producer that pushes UTF-8 chunks
 * (an entry being unpacked from a zip), so that the document never has to exist in one piece.
 */
export type XmlInput = string | Uint8Array | ((push: (chunk: Uint8Array) => void) => void);

/** Options of {@link parseXmlSafely}. */
export interface SafeXmlOptions extends XmlScanOptions {
  /** Strip `w:`-style namespace prefixes from tag and attribute names. Default false. */
  removeNamespacePrefix?: boolean;
  /** Tags that are always lists (e.g. `Code`, `Coding` in REFI-QDA). */
  alwaysArray?: readonly string[];
}

// Text is handed to the scanner in pieces of this many characters or bytes.
const PIECE = 64 * 1024;

/**
 * Feeds `input` to `handler` through an {@link XmlScanner}: bytes must be UTF-8 (a byte-order
 * mark is dropped; anything else that is not UTF-8 is a `parse_error`). Errors are the
 * scanner's: `unsafe_archive`, `nesting_too_deep`, `file_too_large`, `parse_error`.
 */
export function scanXml(input: XmlInput, handler: XmlHandler, options: XmlScanOptions = {}): void {
  const fileName = options.fileName ?? 'XML';
  const scanner = new XmlScanner(handler, options);
  if (typeof input === 'string') {
    for (let at = 0; at < input.length; at += PIECE) scanner.write(input.slice(at, at + PIECE));
    scanner.end();
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new PolyphonyError('parse_error', `${fileName}: not valid UTF-8 text`, { file: fileName });
    }
  };
  const push = (chunk: Uint8Array): void => {
    for (let at = 0; at < chunk.length; at += PIECE) scanner.write(decode(chunk.subarray(at, at + PIECE)));
  };
  if (typeof input === 'function') input(push);
  else push(input);
  scanner.write(decode());
  scanner.end();
}

/**
 * Parses untrusted XML into {@link XmlValue} with no DTD processing at all, in memory that
 * grows with what the document holds (elements, attributes, text), never with how it is
 * written. Whitespace between child elements is dropped; other text is kept as written.
 *
 * Refused: `<!DOCTYPE`/`<!ENTITY` (`unsafe_archive`, so the user learns the file was refused on
 * purpose rather than damaged), nesting deeper than the limit (`nesting_too_deep`), a tag over
 * the size limit (`file_too_large`), malformed XML (`parse_error` with `line` and `column` in
 * `details` and the message). Only the five predefined entities and numeric character
 * references are decoded.
 */
export function parseXmlSafely(input: XmlInput, options: SafeXmlOptions = {}): XmlValue {
  const builder = treeBuilder(options);
  scanXml(input, builder.handler, options);
  return builder.result();
}

type XmlObject = { [name: string]: XmlValue };

interface Frame {
  node: XmlObject;
  parts: string[];
  hasChild: boolean;
}

function treeBuilder(options: SafeXmlOptions): { handler: XmlHandler; result: () => XmlValue } {
  const alwaysArray = new Set(options.alwaysArray ?? []);
  const local = (name: string): string => (options.removeNamespacePrefix ? name.slice(name.indexOf(':') + 1) : name);
  const top: XmlObject = Object.create(null) as XmlObject;
  const stack: Frame[] = [{ node: top, parts: [], hasChild: false }];
  const blank = (s: string): boolean => /^\s*$/.test(s);
  const handler: XmlHandler = {
    open(name, attributes) {
      const parent = stack[stack.length - 1]!;
      // Whitespace before the first child element was layout, not text.
      if (!parent.hasChild && parent.parts.every(blank)) parent.parts = [];
      parent.hasChild = true;
      const node: XmlObject = Object.create(null) as XmlObject;
      for (const [key, value] of Object.entries(attributes)) node[`@_${local(key)}`] = value;
      const tag = local(name);
      const existing = parent.node[tag];
      if (existing === undefined) parent.node[tag] = alwaysArray.has(tag) ? [node] : node;
      else if (Array.isArray(existing)) existing.push(node);
      else parent.node[tag] = [existing, node];
      stack.push({ node, parts: [], hasChild: false });
    },
    close() {
      const frame = stack.pop()!;
      const text = frame.parts.join('');
      if (text !== '' && !(frame.hasChild && blank(text))) frame.node['#text'] = text;
    },
    text(text) {
      const frame = stack[stack.length - 1]!;
      if (!(frame.hasChild && blank(text))) frame.parts.push(text);
    },
  };
  return { handler, result: () => top };
}
