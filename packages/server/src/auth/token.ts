import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Name of the cookie that carries the token after the first visit. */
export const TOKEN_COOKIE = 'polyphony_token';

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

/** Reads one cookie from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Reads the token from `Authorization: Bearer …` or, failing that, from the cookie. */
export function requestToken(headers: { authorization?: string | undefined; cookie?: string | undefined }): string | undefined {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  return readCookie(headers.cookie, TOKEN_COOKIE);
}

/**
 * The cookie set when the page is opened with `?token=`. HttpOnly keeps it from scripts;
 * SameSite=Strict keeps other local sites (Jupyter, a malicious page) from sending it.
 */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`;
}
