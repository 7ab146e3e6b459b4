import type { ApiErrorBody } from '@polyphony/core';
import { authHeaders } from '../api/access-token.js';
import { isErrorBody } from '../api/client.js';

/** The answer to an upload: the route's JSON, or the server's error body. */
export type UploadAnswer<T> = { ok: true; body: T } | { ok: false; error: ApiErrorBody };

/**
 * Sends one file's bytes as the raw body (the server takes no multipart), its name in `?name=`.
 * Never throws for an HTTP error: a refused file is an answer to show beside its name.
 */
export async function uploadFile<T>(route: string, file: File, base = ''): Promise<UploadAnswer<T>> {
  try {
    const response = await fetch(`${base}${route}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'omit',
      headers: { ...authHeaders(), 'content-type': 'application/octet-stream' },
      body: file,
    });
    const json: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, body: json as T };
    return { ok: false, error: isErrorBody(json) ? json : { status: response.status, code: 'http_error', message: `The server answered ${response.status}` } };
  } catch (e) {
    return { ok: false, error: { status: 0, code: 'network', message: e instanceof Error ? e.message : String(e) } };
  }
}
