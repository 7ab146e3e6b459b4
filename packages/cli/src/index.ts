/**
 * @polyphony/cli as a library: the use cases the `polyphony` command is built from, for the
 * benchmarks and for other shells. The command itself is `main.ts`.
 */
export { importFiles, type FileImportResult, type ImportOptions } from './operations/import-files.js';
export { collectTranscriptFiles } from './operations/collect-files.js';
export { applyAnalysis, type ApplySummary, type ApplyProblem } from './operations/apply-analysis.js';
export { exportAnalysis } from './operations/export-analysis.js';
export { buildProjectReport, writeReport } from './operations/report.js';
