import { EXPORT_FORMATS } from '@polyphony/app';
import { PolyphonyError, type ApiInput, type ApiOutput, type ErrorCode, type ExchangeApi, type ExportFormatDto } from '@polyphony/core';
import type { UploadedFile } from '../exchange-port.js';
import type { ProjectPort } from '../project-port.js';
import { HttpError } from '../http/api-error.js';
import { logPage } from './log-handlers.js';
import { matrix } from './report-handlers.js';
import { searchHandlers } from './search-handlers.js';

type ExchangeHandler<R extends keyof ExchangeApi> = (project: ProjectPort, input: ApiInput<R>) => Promise<ApiOutput<R>>;

/** File name suffix and media type of every export format. */
export const EXPORT_FILES: Record<keyof typeof EXPORT_FORMATS, { suffix: string; type: string }> = {
  qdpx: { suffix: '.qdpx', type: 'application/zip' },
  qdc: { suffix: '.qdc', type: 'application/xml; charset=utf-8' },
  analysis: { suffix: '.analysis.json', type: 'application/json; charset=utf-8' },
  'segments-csv': { suffix: '-segments.csv', type: 'text/csv; charset=utf-8' },
  'segments-xlsx': { suffix: '-segments.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'codebook-csv': { suffix: '-codebook.csv', type: 'text/csv; charset=utf-8' },
  'codebook-md': { suffix: '-codebook.md', type: 'text/markdown; charset=utf-8' },
  'codebook-docx': { suffix: '-codebook.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  'matrix-csv': { suffix: '-matrix.csv', type: 'text/csv; charset=utf-8' },
};

const isExportFormat = (f: string): f is keyof typeof EXPORT_FORMATS => Object.hasOwn(EXPORT_FORMATS, f);

/** The JSON routes of the report, search, export and log screens (contract: `exchange-contract.ts`). */
export const exchangeHandlers: { [R in keyof ExchangeApi]: ExchangeHandler<R> } = {
  'GET /api/matrix': matrix,
  'GET /api/log/page': logPage,
  'GET /api/export/formats': async () =>
    Object.entries(EXPORT_FORMATS).map(([id, description]): ExportFormatDto => ({ id, description, extension: isExportFormat(id) ? EXPORT_FILES[id].suffix : '' })),
  ...searchHandlers,
};

/** An export as a download: bytes, file-name suffix and media type (`bad_input` for an unknown format). */
export async function exportDownload(p: ProjectPort, format: string): Promise<{ bytes: Uint8Array; suffix: string; type: string }> {
  if (!isExportFormat(format)) {
    throw new PolyphonyError('bad_input', `Unknown export format "${format}"; choose one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  }
  return { bytes: await p.exportFile(format), ...EXPORT_FILES[format] };
}

// Refusals that keep their own code and status: a limit was hit, not a damaged file.
const LIMIT_CODES: ReadonlySet<string> = new Set<ErrorCode>(['file_too_large', 'nesting_too_deep']);
const isLimitCode = (code: string): code is ErrorCode => LIMIT_CODES.has(code);

/**
 * Imports one uploaded transcript. A refused file (unreadable, wrong format) is a 422
 * `file_rejected` whose details hold the per-file result, so the import table can show the
 * reason beside the name; a file over a limit keeps its own code (`file_too_large` is a 413,
 * `nesting_too_deep` a 422) with the same details.
 */
export async function importTranscript(p: ProjectPort, file: UploadedFile): Promise<ApiFileResult> {
  const result = await p.importTranscript(file);
  if (result.status === 'failed') {
    const message = result.error?.message ?? `${file.name} could not be imported`;
    const code = result.error?.code;
    if (code !== undefined && isLimitCode(code)) throw new PolyphonyError(code, message, { result });
    throw new HttpError('file_rejected', message, { result });
  }
  return result;
}

type ApiFileResult = Awaited<ReturnType<ProjectPort['importTranscript']>>;

/**
 * Applies an uploaded analysis file, all or nothing. It is read off the request thread within
 * the analysis file's limits (`parse_error`, `file_too_large`, `nesting_too_deep` name the file).
 */
export async function applyAnalysisUpload(p: ProjectPort, file: UploadedFile): ReturnType<ProjectPort['applyAnalysisFile']> {
  return p.applyAnalysisFile(file);
}
