/**
 * Search text processing shared by every store: tokenising like FTS5's unicode61, language
 * detection, cached stemming for the stem column, query parsing/compiling and match spans.
 */
export * from './tokenise.js';
export * from './language.js';
export * from './stem.js';
export * from './query.js';
export * from './match-spans.js';
