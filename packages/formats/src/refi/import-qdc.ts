import { PolyphonyError, type Code, type Theme } from '@polyphony/core';
import { parseXmlSafely } from '../archive/index.js';
import { INPUT_LIMITS, tooLarge } from '../input-limits.js';
import { emptyReport, type ImportReport } from './import-report.js';
import { readCodebook } from './read-codebook.js';
import { REPEATED_TAGS } from './xml-nodes.js';

/** Options of {@link importQdc}. */
export interface ImportQdcOptions {
  /** The file's name, for messages. Default `codebook.qdc`. */
  fileName?: string;
  /** Coder id recorded as each code's creator. Default `unknown-coder`. */
  coder?: string;
  /** Creation time of the codes. Default: the current time. */
  now?: Date;
}

/** Result of {@link importQdc}: codes and themes to merge into a project, and what was left out. */
export interface QdcImport {
  codes: Code[];
  themes: Theme[];
  report: ImportReport;
}

/**
 * Imports a REFI-QDA codebook (.qdc): codes with hierarchy, colours and descriptions, and themes
 * written by `exportQdc` (exemplar segments do not travel in a codebook). Ids are the GUIDs.
 * Errors: `unsafe_archive` (DTD or entities), `file_too_large` (over
 * {@link INPUT_LIMITS}`.codebookBytes`), `nesting_too_deep` (XML nested past the limit),
 * `parse_error` (not UTF-8, malformed, root not `<CodeBook>`). Nothing partial is returned.
 */
export function importQdc(xmlOrBytes: string | Uint8Array, options: ImportQdcOptions = {}): QdcImport {
  const fileName = options.fileName ?? 'codebook.qdc';
  if (xmlOrBytes.length > INPUT_LIMITS.codebookBytes) {
    throw tooLarge(fileName, 'the codebook', INPUT_LIMITS.codebookBytes, 'bytes', { size: xmlOrBytes.length });
  }
  const doc = parseXmlSafely(xmlOrBytes, { fileName, alwaysArray: REPEATED_TAGS, removeNamespacePrefix: true });
  const book = typeof doc === 'object' && !Array.isArray(doc) ? doc['CodeBook'] : undefined;
  if (book === undefined || typeof book !== 'object' || Array.isArray(book)) {
    throw new PolyphonyError('parse_error', `${fileName}: the root element is not <CodeBook>`, { file: fileName });
  }
  const report = emptyReport();
  const origin = { createdBy: options.coder ?? 'unknown-coder', createdAt: (options.now ?? new Date()).toISOString() };
  const sets = book['Sets'];
  const { codes, themes } = readCodebook(book, typeof sets === 'object' && !Array.isArray(sets) ? sets : null, {
    ids: {},
    codeOrigin: () => origin,
    report,
  });
  for (const theme of themes) theme.exemplars = [];
  report.imported.codes = codes.length;
  report.imported.themes = themes.length;
  return { codes, themes, report };
}
