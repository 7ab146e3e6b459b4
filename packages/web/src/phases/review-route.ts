/**
 * The review screen's place: a theme, optionally one of its codes. It lives in the URL hash
 * (`#/review/<theme>/<code>`), so every step from theme to code to segment to transcript is a
 * history entry and the browser's Back button walks back through them.
 */
export interface ReviewRoute {
  screen: 'review';
  theme: string | null;
  code: string | null;
}

/** Reads `#/review[/<theme>[/<code>]]`, or null for any other hash. */
export function parseReviewRoute(hash: string): ReviewRoute | null {
  const m = hash.match(/^#\/review(?:\/([^/]+)(?:\/([^/]+))?)?$/);
  if (!m) return null;
  return { screen: 'review', theme: m[1] ? decodeURIComponent(m[1]) : null, code: m[2] ? decodeURIComponent(m[2]) : null };
}

/** Writes a review place as a hash. */
export function reviewHash(route: ReviewRoute): string {
  const theme = route.theme ? `/${encodeURIComponent(route.theme)}` : '';
  const code = route.theme && route.code ? `/${encodeURIComponent(route.code)}` : '';
  return `#/review${theme}${code}`;
}
