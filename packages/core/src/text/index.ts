export * from './normalise.js';
export * from './names.js';
export * from './clean-imported-names.js';
