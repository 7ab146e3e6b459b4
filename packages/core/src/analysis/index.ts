export * from './analysis-data.js';
