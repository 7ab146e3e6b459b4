import type { XmlValue } from '../archive/index.js';

/** One parsed element in object mode: children by tag, attributes as `@_name`, text as `#text`. */
export type XmlNode = { [name: string]: XmlValue };

/**
 * Tags that may repeat in a REFI-QDA document, parsed as arrays even when there is only one, so
 * that readers never have to tell one child from many.
 */
export const REPEATED_TAGS = [
  'User', 'Code', 'Variable', 'Case', 'VariableValue', 'SourceRef', 'SelectionRef', 'CodeRef',
  'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection',
  'Coding', 'NoteRef', 'Note', 'Set', 'MemberCode', 'MemberSource', 'MemberNote', 'Link', 'Graph',
  'Description', 'PlainTextContent', 'Transcript', 'PictureSelection', 'PDFSelection',
  'AudioSelection', 'VideoSelection', 'Representation', 'TextValue',
] as const;

function toNode(value: XmlValue): XmlNode | null {
  if (typeof value === 'string') return { '#text': value };
  if (Array.isArray(value)) return null;
  return value;
}

/** The children of `node` with `tag`, in document order. */
export function children(node: XmlNode | null, tag: string): XmlNode[] {
  const value = node?.[tag];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map(toNode).filter((n): n is XmlNode => n !== null);
}

/** The first child with `tag`, or null. */
export function child(node: XmlNode | null, tag: string): XmlNode | null {
  return children(node, tag)[0] ?? null;
}

/** An attribute's value, or undefined. */
export function attribute(node: XmlNode | null, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The element's text content ('' for an empty or element-only node). */
export function textOf(node: XmlNode | null): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? value : '';
}

/** The text of the first child with `tag`, or '' when there is none. */
export function childText(node: XmlNode | null, tag: string): string {
  return textOf(child(node, tag));
}
