import { fillPath, splitRoute, type ApiErrorBody, type ApiInput, type ApiOutput, type ApiRoute } from '@polyphony/core';
import { authHeaders } from './access-token.js';

/** A failed API call, carrying the server's status, stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Whether a parsed answer is the server's error body. */
export function isErrorBody(v: unknown): v is ApiErrorBody {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorBody).code === 'string' && typeof (v as ApiErrorBody).message === 'string';
}

/** The error of a failed response: the server's own body when it sent one. */
export function errorOf(status: number, json: unknown): ApiError {
  if (isErrorBody(json)) return new ApiError(status, json.code, json.message);
  return new ApiError(status, 'http_error', `The server answered ${status}`);
}

/**
 * Calls one route of the API contract. Path parameters are filled from `input`; the rest goes
 * to the query string (GET, DELETE) or the JSON body. Every call carries the bearer token; the
 * browser sends no credentials of its own (`credentials: 'omit'`), there being none to send.
 */
export async function call<R extends ApiRoute>(route: R, input: ApiInput<R>, base = ''): Promise<ApiOutput<R>> {
  const { method, path } = splitRoute(route);
  const { url, rest } = fillPath(path, input as Record<string, unknown>);
  const hasBody = method !== 'GET' && method !== 'DELETE';
  const query = new URLSearchParams();
  if (!hasBody) for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) query.set(k, String(v));
  const qs = query.toString();
  const response = await fetch(base + url + (qs ? `?${qs}` : ''), {
    method,
    credentials: 'omit',
    headers: { ...authHeaders(), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
    body: hasBody ? JSON.stringify(rest) : null,
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response.status, json);
  return json as ApiOutput<R>;
}
