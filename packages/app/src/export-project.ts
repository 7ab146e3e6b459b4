import {
  codebookCsv,
  codebookDocx,
  codebookMarkdown,
  codebookTable,
  codedSegmentRows,
  codeParticipantMatrix,
  codeParticipantMatrixCsv,
  exportQdc,
  exportQdpx,
  toCsv,
  toXlsx,
} from '@polyphony/formats';
import type { Project } from '@polyphony/store';
import { PolyphonyError } from '@polyphony/core';
import { exportAnalysis } from './export-analysis.js';

/** Every export format, with the file extension it is usually written to. */
export const EXPORT_FORMATS = {
  qdpx: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)',
  qdc: 'REFI-QDA codebook',
  analysis: 'analysis file (JSON, re-applicable with `apply`)',
  'segments-csv': 'coded segments, one row per coding (CSV)',
  'segments-xlsx': 'coded segments and codebook (Excel workbook)',
  'codebook-csv': 'codebook with counts per perspective (CSV)',
  'codebook-md': 'codebook (markdown)',
  'codebook-docx': 'codebook (Word)',
  'matrix-csv': 'code × participant 0/1 matrix (CSV)',
} as const;

/** An export format name. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Renders a project in one of the export formats, as the bytes of the file to write. */
export async function exportProject(project: Project, format: string): Promise<Uint8Array> {
  if (!(format in EXPORT_FORMATS))
    throw new PolyphonyError('bad_input', `Unknown export format "${format}"; choose one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const f = format as ExportFormat;
  if (f === 'analysis') return utf8(JSON.stringify(await exportAnalysis(project), null, 2) + '\n');
  const snapshot = await project.snapshot();
  switch (f) {
    case 'qdpx':
      return exportQdpx(snapshot);
    case 'qdc':
      return utf8(exportQdc(snapshot));
    case 'segments-csv': {
      const t = codedSegmentRows(snapshot);
      return utf8(toCsv(t.header, t.rows));
    }
    case 'segments-xlsx': {
      const segs = codedSegmentRows(snapshot);
      const book = codebookTable(snapshot);
      return toXlsx([
        { name: 'Coded segments', header: segs.header, rows: segs.rows },
        { name: 'Codebook', header: book.header, rows: book.rows },
      ]);
    }
    case 'codebook-csv':
      return utf8(codebookCsv(snapshot));
    case 'codebook-md':
      return utf8(codebookMarkdown(snapshot));
    case 'codebook-docx':
      return codebookDocx(snapshot);
    case 'matrix-csv':
      return utf8(codeParticipantMatrixCsv(codeParticipantMatrix(snapshot)));
  }
}
