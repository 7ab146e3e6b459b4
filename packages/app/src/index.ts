/**
 * @polyphony/app — the use cases that combine formats and store: batch import, applying and
 * exporting an analysis file, exports and REFI-QDA interchange, reports. The CLI and the HTTP
 * server are thin shells over these, so both do a thing the same way. No file system here:
 * inputs and outputs are bytes, which each shell reads or writes in its own way.
 */
export { importFiles, type InputFile, type FileImportResult, type ImportOptions } from './import-files.js';
export { applyAnalysis, applyAnalysisFile, type ApplySummary, type ApplyProblem } from './apply-analysis.js';
export { parseInput, parseInThisThread, type Parser, type ParseKind, type ParsedInputs } from './parse-input.js';
export { createWorkerParser, sharedWorkerParser, DEFAULT_WORKER_HEAP_MB, type WorkerParser, type WorkerParserOptions } from './worker-parser.js';
export { exportAnalysis } from './export-analysis.js';
export { exportProject, EXPORT_FORMATS, type ExportFormat } from './export-project.js';
export { buildProjectReport, writeReport } from './report.js';
export { importQdpxFile, importQdcFile, isInterchangeFile } from './import-interchange.js';
