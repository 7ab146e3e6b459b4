import { fillPath, splitRoute, type ApiErrorBody, type ApiInput, type ApiOutput, type ApiRoute } from '@polyphony/core';

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

function isErrorBody(v: unknown): v is ApiErrorBody {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorBody).code === 'string' && typeof (v as ApiErrorBody).message === 'string';
}

/**
 * Calls one route of the API contract. Path parameters are filled from `input`; the rest goes
 * to the query string (GET, DELETE) or the JSON body. Authentication rides on the HttpOnly
 * cookie the server set when the page was opened with its token.
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
    credentials: 'same-origin',
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    body: hasBody ? JSON.stringify(rest) : null,
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(json)) throw new ApiError(response.status, json.code, json.message);
    throw new ApiError(response.status, 'http_error', `The server answered ${response.status}`);
  }
  return json as ApiOutput<R>;
}
