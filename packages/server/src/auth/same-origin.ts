import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/api-error.js';

/** Methods that only read: everything else changes the project and must come from our own page. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * Hosts a local server answers to. Checking Host stops DNS rebinding: a page on evil.example
 * that re-points its name at 127.0.0.1 still sends its own name as Host.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

/**
 * The origins of this server's own pages. The port is the one the browser addressed (from Host,
 * which a page cannot set and which has passed `isLoopbackHost`), so a page on another local
 * port never matches.
 */
function ownOrigins(host: string): string[] {
  const port = /:(\d+)$/.exec(host)?.[1];
  const suffix = port === undefined || port === '80' ? '' : `:${port}`;
  return [`http://127.0.0.1${suffix}`, `http://localhost${suffix}`];
}

/**
 * Refuses a state-changing request sent by another web page. Browsers name the page's origin in
 * `Origin` and say `same-site`/`cross-site` in `Sec-Fetch-Site`; either one alone is enough. A page
 * on another port of 127.0.0.1 is "same-site" (sites ignore ports), hence both values are refused.
 * Non-browser clients (the CLI, tests) send neither and pass on to the token check.
 */
export function refuseForeignPage(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  const foreignOrigin = origin !== undefined && !ownOrigins(request.headers.host ?? '').includes(origin);
  const foreignSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
  if (foreignOrigin || foreignSite) {
    throw new HttpError('forbidden_origin', 'Changes are only accepted from the Polyphony page this server serves, not from another web page.');
  }
}
