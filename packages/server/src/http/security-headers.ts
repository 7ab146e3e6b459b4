import type { FastifyInstance } from 'fastify';

/**
 * What the browser may do with our pages. Only our own files run (no inline script, no eval);
 * styles come from our stylesheet (React sets `style` through the DOM, which CSP allows);
 * nothing may frame the app (clickjacking), and fetches go to this server only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Headers on every response: HTML, assets, API answers and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Adds the security headers to every reply, and `Cache-Control: no-store` to every reply that
 * did not choose its own caching: API answers hold health data and must not rest in a browser
 * cache. The two revalidated routes set `private, no-cache` themselves, the static assets keep
 * their own header, and index.html is set to `no-store` where it is served.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.headers(SECURITY_HEADERS);
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
