import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random secret: 32 bytes, URL-safe base64. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time so that the token cannot be guessed byte by byte from timings. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The token of an `Authorization: Bearer …` header, the only place the server reads it. There is
 * deliberately no cookie: a browser would attach one to requests from any page on 127.0.0.1
 * (cookies ignore ports), so a page on another local port could ride on it (ADR 004).
 */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  return match?.[1];
}

/**
 * The link `polyphony serve` prints. The token rides in the fragment, which a browser never sends
 * to a server, so it cannot reach a request line, a server log or a Referer; the web app moves it
 * into its own storage and out of the address bar before it does anything else.
 */
export function accessLink(port: number, token: string): string {
  return `http://127.0.0.1:${port}/#token=${token}`;
}
