import type { ApiErrorBody } from '@polyphony/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { HttpError, toErrorBody } from './api-error.js';
import { SECURITY_HEADERS } from './security-headers.js';

/**
 * Fastify's `frameworkErrors`: errors found while routing (a broken percent-escape, an overlong
 * path parameter), before any hook runs. They get our body and our headers like every answer.
 */
export function answerFrameworkError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  const body = toErrorBody(error);
  void reply.status(body.status).headers(SECURITY_HEADERS).header('cache-control', 'no-store').send(body);
}

/** The error a request that Node could not read as HTTP gets. */
function clientErrorBody(code: string | undefined): ApiErrorBody {
  const error =
    code === 'HPE_HEADER_OVERFLOW'
      ? new HttpError('headers_too_large', 'The address and headers of the request are larger than the server reads (16 KB)')
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new HttpError('request_timeout', 'The request took too long to arrive')
        : new HttpError('bad_url', 'The request could not be read as HTTP (a malformed request line or header)');
  return toErrorBody(error);
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused the request (a request line too long,
 * an invalid method or character) and there is no request object to reply through, so the answer
 * is written to the socket by hand, in our format, and the connection closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const answer = clientErrorBody(error.code);
    const body = JSON.stringify(answer);
    const headers = {
      ...SECURITY_HEADERS,
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
    socket.write(`${head}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
