import { authHeaders } from './access-token.js';
import { errorOf } from './client.js';

/**
 * The file name a `Content-Disposition` header gives: the exact UTF-8 `filename*` when present,
 * else the plain `filename`, else `fallback`. Only the base name is kept.
 */
export function dispositionFileName(header: string | null, fallback: string): string {
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  let name: string | undefined;
  if (star !== undefined) {
    try {
      name = decodeURIComponent(star.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"([^"]*)"/i.exec(header ?? '')?.[1];
  return name?.split(/[\\/]/).pop() || fallback;
}

/** How long the downloaded bytes stay reachable by their object URL: the browser has copied them by then. */
const RELEASE_AFTER_MS = 60_000;

/**
 * Downloads an export, a report or the backup. A plain link cannot carry the bearer token, so
 * the file is fetched with it, held as a Blob, and saved through a temporary `<a download>` on an
 * object URL; the URL is revoked once the browser has taken the bytes.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'omit', headers: authHeaders() });
  if (!response.ok) throw errorOf(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = dispositionFileName(response.headers.get('content-disposition'), fallbackName);
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), RELEASE_AFTER_MS);
  }
}
