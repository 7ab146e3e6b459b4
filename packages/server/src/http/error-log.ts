import type { FastifyRequest } from 'fastify';
import { appendFile } from 'node:fs/promises';

/** Where `polyphony serve` writes server errors: beside the project file, so it is found with it. */
export function errorLogPath(projectFile: string): string {
  return `${projectFile}.errors.log`;
}

/** The longest message kept: enough for any error of ours, a bound on what a line can carry. */
const MAX_MESSAGE = 1000;

/**
 * One line of the error log. The route is the matched *pattern* (`/api/sources/:id`), never the
 * URL: a query may hold search words from the transcripts. Bodies are never written either.
 */
export interface ErrorLogLine {
  time: string;
  method: string;
  route: string | null;
  name: string;
  code: string | null;
  message: string;
  stack: string | null;
}

/** The log line for an error thrown while answering `request`. */
export function errorLogLine(request: FastifyRequest, error: unknown, at = new Date()): ErrorLogLine {
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: unknown }).code;
  return {
    time: at.toISOString(),
    method: request.method,
    route: request.routeOptions.url ?? null,
    name: e.name,
    code: typeof code === 'string' ? code : null,
    message: e.message.slice(0, MAX_MESSAGE),
    stack: e.stack?.slice(0, 8 * MAX_MESSAGE) ?? null,
  };
}

/**
 * Appends the error to the log and returns the sentence the 500 answer ends with, which tells
 * the user where to look (or that the log could not be written, and why). Without a log file
 * (an embedded server, tests) nothing is written and the sentence says nothing more.
 */
export async function logServerError(logFile: string | undefined, request: FastifyRequest, error: unknown): Promise<string> {
  if (logFile === undefined) return '';
  try {
    // 0o600: the log sits beside health data and is nobody else's business.
    await appendFile(logFile, JSON.stringify(errorLogLine(request, error)) + '\n', { encoding: 'utf8', mode: 0o600 });
    return ` The error was written to ${logFile}.`;
  } catch (e) {
    return ` The error could not be written to ${logFile} (${e instanceof Error ? e.message : String(e)}).`;
  }
}
