/**
 * @polyphony/core — the pure domain of Polyphony: no I/O, no Node-only APIs, so it runs in the
 * browser as well as in Node. Each area has its own folder and index.
 */
export * from './errors.js';
export * from './model/index.js';
export * from './text/index.js';
export * from './transcript/index.js';
export * from './anchor/index.js';
export * from './analysis/index.js';
export * from './search/index.js';
export * from './api/index.js';
export * from './withdrawal/index.js';
