/** The HTTP API contract shared by the server, the web client and the tests (types only, pure). */
export * from './dto.js';
export * from './contract.js';
export * from './exchange-contract.js';
export * from './analysis-contract.js';
