import { MAX_LABEL_LENGTH, MAX_LABEL_WORDS, PolyphonyError, normaliseText, parseLabelledParagraphs } from '@polyphony/core';
import { unzipSafely } from '../archive/safe-unzip.js';
import { parseXmlSafely } from '../archive/safe-xml.js';
import { docxParagraphs, type DocxRun } from './docx-paragraphs.js';
import type { TranscriptReadResult } from './transcript-result.js';

/**
 * Reads a Word transcript (`.docx`): the paragraphs of `word/document.xml`, tables included, in
 * order, one paragraph of text each. Labels are found as in txt files; in addition a bold run at
 * the start of a paragraph that ends with `:` or is followed by `:` is a label whatever its shape
 * (`**Jobbspesialist:** …`). Headers, footers, footnotes and comments are not read.
 */
export function readDocx(fileName: string, bytes: Uint8Array): TranscriptReadResult {
  const files = unzipSafely(bytes, { fileName });
  const xmlBytes = files.get('word/document.xml');
  if (xmlBytes === undefined) {
    throw new PolyphonyError('parse_error', `${fileName}: not a Word document (word/document.xml is missing)`, {
      file: fileName,
    });
  }
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(xmlBytes);
  } catch {
    throw new PolyphonyError('parse_error', `${fileName}: word/document.xml is not valid UTF-8`, { file: fileName });
  }
  const document = parseXmlSafely(xml, {
    fileName: `${fileName}:word/document.xml`,
    preserveOrder: true,
    removeNamespacePrefix: true,
  });

  const labels = new Set<string>();
  const paragraphs: string[] = [];
  for (const runs of docxParagraphs(document)) {
    const labelled = splitBoldLabel(runs);
    if (labelled) labels.add(labelled.label);
    const line = labelled ? `${labelled.label}: ${labelled.rest.trim()}` : runs.map((r) => r.text).join('');
    if (line.trim().length > 0) paragraphs.push(line.trim());
  }
  const text = normaliseText(paragraphs.join('\n\n'));
  return { format: 'docx', text, turns: parseLabelledParagraphs(text, { labels }), warnings: [] };
}

/** A bold label at paragraph start: bold text ending with `:`, or bold text followed by `:`. */
function splitBoldLabel(runs: readonly DocxRun[]): { label: string; rest: string } | null {
  let bold = '';
  let i = 0;
  for (; i < runs.length && (runs[i]?.bold === true || runs[i]?.text.trim() === ''); i++) bold += runs[i]?.text ?? '';
  let rest = runs.slice(i).map((r) => r.text).join('');
  let label = bold.trim();
  if (label.endsWith(':')) {
    label = label.slice(0, -1).trim();
  } else if (/^[ \t]*:/.test(rest)) {
    rest = rest.replace(/^[ \t]*:/, '');
  } else {
    return null;
  }
  const words = label.split(/\s+/).length;
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH || words > MAX_LABEL_WORDS || label.includes(':')) return null;
  return { label, rest };
}
