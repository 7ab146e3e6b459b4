export * from './analysis-data.js';
export { compareNames } from './collator.js';
export type { Evidence } from './evidence.js';
export * from './theme-table.js';
export * from './triangulation.js';
export * from './code-matrix.js';
export * from './code-cooccurrence.js';
export * from './case-comparison.js';
export * from './analysis-file.js';
