import type { XmlValue } from '../archive/safe-xml.js';

/** A stretch of text in one formatting, as Word stores it (`w:r`). */
export interface DocxRun {
  text: string;
  bold: boolean;
}

// Containers whose text is not part of the running transcript: properties, deleted text, field
// codes, and drawings (text boxes and shapes hold their own paragraphs, often duplicated in
// fallback markup).
const SKIPPED = new Set(['pPr', 'rPr', 'del', 'instrText', 'drawing', 'pict', 'object', 'AlternateContent']);

/**
 * Lists the paragraphs of a parsed `word/document.xml` (parsed with `preserveOrder` and namespace
 * prefixes removed) in document order, each as its runs. Paragraphs inside tables come in row and
 * cell order. `w:tab` becomes a tab and `w:br`/`w:cr` a line break.
 */
export function docxParagraphs(document: XmlValue): DocxRun[][] {
  const paragraphs: DocxRun[][] = [];
  walk(document, (tag, children) => {
    if (tag !== 'p') return false;
    const runs: DocxRun[] = [];
    collectRuns(children, runs);
    paragraphs.push(runs);
    return true;
  });
  return paragraphs;
}

/** Visits elements depth-first; `visit` returns true when it consumed the element's subtree. */
function walk(node: XmlValue, visit: (tag: string, children: XmlValue) => boolean): void {
  if (!Array.isArray(node)) return;
  for (const item of node) {
    const tag = elementTag(item);
    if (tag === null || SKIPPED.has(tag.name)) continue;
    if (!visit(tag.name, tag.children)) walk(tag.children, visit);
  }
}

function collectRuns(children: XmlValue, runs: DocxRun[]): void {
  walk(children, (tag, content) => {
    if (tag !== 'r') return false;
    const bold = isBold(content);
    let text = '';
    for (const item of Array.isArray(content) ? content : []) {
      const el = elementTag(item);
      if (el?.name === 't') text += textOf(el.children);
      else if (el?.name === 'tab') text += '\t';
      else if (el?.name === 'br' || el?.name === 'cr') text += '\n';
    }
    if (text.length > 0) runs.push({ text, bold });
    return true;
  });
}

/** `w:rPr/w:b` present and not switched off (`w:val="0"`, `false`, `off`). */
function isBold(runChildren: XmlValue): boolean {
  for (const item of Array.isArray(runChildren) ? runChildren : []) {
    const props = elementTag(item);
    if (props?.name !== 'rPr' || !Array.isArray(props.children)) continue;
    for (const p of props.children) {
      const el = elementTag(p);
      if (el?.name === 'b') return !['0', 'false', 'off'].includes(el.attributes['@_val'] ?? '1');
    }
  }
  return false;
}

function textOf(children: XmlValue): string {
  if (!Array.isArray(children)) return typeof children === 'string' ? children : '';
  let s = '';
  for (const item of children) {
    if (typeof item === 'object' && !Array.isArray(item) && typeof item['#text'] === 'string') s += item['#text'];
  }
  return s;
}

interface ElementTag {
  name: string;
  children: XmlValue;
  attributes: Record<string, string>;
}

function elementTag(item: XmlValue): ElementTag | null {
  if (typeof item !== 'object' || Array.isArray(item)) return null;
  for (const [key, value] of Object.entries(item)) {
    if (key === ':@' || key === '#text') continue;
    const attrs = item[':@'];
    const attributes: Record<string, string> = {};
    if (typeof attrs === 'object' && !Array.isArray(attrs)) {
      for (const [k, v] of Object.entries(attrs)) if (typeof v === 'string') attributes[k] = v;
    }
    return { name: key, children: value, attributes };
  }
  return null;
}
