/**
 * Exports researchers ask for: coded segments, the codebook and a code × participant matrix,
 * as CSV, XLSX, markdown and Word. Pure functions from a `ProjectSnapshot` to strings or bytes.
 */
export type { ExportCell, ExportTable } from './table.js';
export { toCsv, neutraliseFormula } from './csv.js';
export { toXlsx, type XlsxSheet } from './xlsx.js';
export { sanitiseSheetNames } from './sheet-name.js';
export { codedSegmentRows } from './coded-segments.js';
export { codebookRows, codebookTable, codebookCsv, type CodebookRow } from './codebook-rows.js';
export { codebookMarkdown } from './codebook-markdown.js';
export { codebookDocx } from './codebook-docx.js';
export {
  codeParticipantMatrix,
  codeParticipantMatrixCsv,
  type CodeParticipantMatrix,
  type Presence,
} from './code-participant-matrix.js';
