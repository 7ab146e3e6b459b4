/** REFI-QDA interchange: project archives (.qdpx) and codebooks (.qdc), export and import. */
export { exportQdpx, type ExportQdpxOptions } from './export-qdpx.js';
export { exportQdc } from './export-qdc.js';
export { importQdpx, type ImportQdpxOptions, type QdpxImport } from './import-qdpx.js';
export { importQdc, type ImportQdcOptions, type QdcImport } from './import-qdc.js';
export type { ImportCounts, ImportReport, SkippedItem } from './import-report.js';
