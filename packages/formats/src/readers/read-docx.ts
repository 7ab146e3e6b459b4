import { MAX_LABEL_LENGTH, MAX_LABEL_WORDS, PolyphonyError, normaliseText, parseLabelledParagraphs } from '@polyphony/core';
import { openZip } from '../archive/safe-unzip.js';
import { scanXml } from '../archive/safe-xml.js';
import { INPUT_LIMITS, tooLarge } from '../input-limits.js';
import { docxParagraphCollector, type DocxRun } from './docx-paragraphs.js';
import type { TranscriptReadResult } from './transcript-result.js';

const DOCUMENT = 'word/document.xml';

/**
 * Reads a Word transcript (`.docx`): the paragraphs of `word/document.xml`, tables included, in
 * order, one paragraph of text each. Labels are found as in txt files; in addition a bold run at
 * the start of a paragraph that ends with `:` or is followed by `:` is a label whatever its shape
 * (`**Jobbspesialist:** …`). Headers, footers, footnotes and comments are not read.
 *
 * The document is read as it is unpacked, never whole: memory holds the packed file, one piece
 * of XML and the text kept so far. Refused with `file_too_large` as soon as the unpacked XML
 * passes {@link INPUT_LIMITS}`.docxXmlBytes` or its text passes `transcriptCharacters`.
 */
export function readDocx(fileName: string, bytes: Uint8Array): TranscriptReadResult {
  const zip = openZip(bytes, { fileName });
  const entry = zip.entries.get(DOCUMENT);
  if (entry === undefined) {
    throw new PolyphonyError('parse_error', `${fileName}: not a Word document (${DOCUMENT} is missing)`, { file: fileName });
  }
  const labels = new Set<string>();
  const paragraphs: string[] = [];
  let characters = 0;
  const collector = docxParagraphCollector(
    (runs) => {
      const labelled = splitBoldLabel(runs);
      if (labelled) labels.add(labelled.label);
      const line = (labelled ? `${labelled.label}: ${labelled.rest.trim()}` : runs.map((r) => r.text).join('')).trim();
      if (line.length > 0) paragraphs.push(line);
    },
    (length) => {
      characters += length;
      if (characters > INPUT_LIMITS.transcriptCharacters) {
        throw tooLarge(fileName, `the text of ${DOCUMENT}`, INPUT_LIMITS.transcriptCharacters, 'characters');
      }
    },
  );
  scanXml((push) => zip.stream(entry, INPUT_LIMITS.docxXmlBytes, push), collector, { fileName: `${fileName}:${DOCUMENT}` });
  const text = normaliseText(paragraphs.join('\n\n'));
  // Millions of one-letter paragraphs keep within the count of text but not once joined: refuse
  // them before they are split into turns.
  if (text.length > INPUT_LIMITS.transcriptCharacters) {
    throw tooLarge(fileName, `the text of ${DOCUMENT}`, INPUT_LIMITS.transcriptCharacters, 'characters', { size: text.length });
  }
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
