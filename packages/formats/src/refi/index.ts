/** REFI-QDA interchange: project archives (.qdpx) and codebooks (.qdc), export and import. */
export { exportQdpx, type ExportQdpxOptions } from './export-qdpx.js';
export { exportQdc } from './export-qdc.js';
