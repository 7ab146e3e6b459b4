/** @polyphony/server — the HTTP API (Fastify) over an open project, and the web app it serves. */
export { createServer, type ServerOptions } from './create-server.js';
export { startServer, DEFAULT_WEB_ROOT, type StartOptions, type RunningServer } from './start-server.js';
export { ERROR_STATUS, statusForCode } from './http/error-status.js';
export { accessLink, generateToken } from './auth/token.js';
export { errorLogPath } from './http/error-log.js';
export type { ProjectPort } from './project-port.js';
export { fromStore } from './store-adapter.js';
