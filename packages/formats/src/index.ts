/**
 * @polyphony/formats — readers and writers of files: transcripts (txt, docx, WebVTT, SRT),
 * participants CSV, reports (markdown, docx) and REFI-QDA (.qdpx, .qdc). Depends on core only;
 * works on bytes and strings, never on the file system, so shells decide where data comes from.
 */
export { INPUT_LIMITS, formatLimit } from './input-limits.js';
export * from './archive/index.js';
export * from './readers/index.js';
export * from './reports/index.js';
export * from './refi/index.js';
export * from './exports/index.js';
