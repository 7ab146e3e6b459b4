import type { XmlHandler } from '../archive/xml-scanner.js';

/** A stretch of text in one formatting, as Word stores it (`w:r`). */
export interface DocxRun {
  text: string;
  bold: boolean;
}

// Containers whose text is not part of the running transcript: properties, deleted text, field
// codes, and drawings (text boxes and shapes hold their own paragraphs, often duplicated in
// fallback markup).
const SKIPPED = new Set(['pPr', 'rPr', 'del', 'instrText', 'drawing', 'pict', 'object', 'AlternateContent']);
const OFF = new Set(['0', 'false', 'off']);

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Collects the paragraphs of a `word/document.xml` while it is being read, handing each to
 * `onParagraph` as its runs when it closes, so that only the paragraph under way is held.
 * Paragraphs come in document order (inside tables, in row and cell order); a paragraph nested
 * in another (not in a skipped container) adds its runs to the outer one. In a run, only its
 * own `w:t` text counts; `w:tab` becomes a tab and `w:br`/`w:cr` a line break; the run is bold
 * when the first `w:b` of its properties is not switched off (`w:val="0"`, `false`, `off`).
 * `onText` is told the length of every piece of text kept, so the caller can stop at a limit.
 */
export function docxParagraphCollector(onParagraph: (runs: DocxRun[]) => void, onText: (length: number) => void): XmlHandler {
  let depth = 0;
  let skipped = 0; // depth of the skipped container we are in, 0 when none
  let paragraph = 0;
  let runs: DocxRun[] = [];
  let run = 0;
  let parts: string[] = [];
  let bold: boolean | null = null;
  let textAt = 0;
  let propertiesAt = 0;
  const keep = (text: string): void => {
    onText(text.length);
    parts.push(text);
  };
  return {
    open(name, attributes) {
      depth += 1;
      if (skipped !== 0) return;
      const tag = local(name);
      if (run !== 0) {
        if (depth === run + 1) {
          if (tag === 't') textAt = depth;
          else if (tag === 'tab') keep('\t');
          else if (tag === 'br' || tag === 'cr') keep('\n');
          else if (tag === 'rPr') propertiesAt = depth;
        } else if (propertiesAt !== 0 && depth === propertiesAt + 1 && tag === 'b' && bold === null) {
          const value = Object.entries(attributes).find(([key]) => local(key) === 'val')?.[1] ?? '1';
          bold = !OFF.has(value);
        }
        return;
      }
      if (SKIPPED.has(tag)) skipped = depth;
      else if (tag === 'p' && paragraph === 0) paragraph = depth;
      else if (tag === 'r' && paragraph !== 0) {
        run = depth;
        parts = [];
        bold = null;
      }
    },
    close() {
      if (depth === skipped) skipped = 0;
      else if (depth === textAt) textAt = 0;
      else if (depth === propertiesAt) propertiesAt = 0;
      else if (depth === run) {
        const text = parts.join('');
        if (text.length > 0) runs.push({ text, bold: bold === true });
        run = 0;
      } else if (depth === paragraph) {
        onParagraph(runs);
        runs = [];
        paragraph = 0;
      }
      depth -= 1;
    },
    text(text) {
      if (textAt !== 0 && depth === textAt) keep(text);
    },
  };
}
