/**
 * The access token of this server, kept in this origin's localStorage. An origin includes the
 * port, so two projects served on two ports keep two tokens and never log each other out; and
 * unlike a cookie, the browser attaches it to nothing by itself: only this app's own requests
 * carry it, as `Authorization: Bearer …` (ADR 004).
 */
const STORAGE_KEY = 'polyphony.token';

/** The token when storage is unavailable (a locked-down browser): good for this page only. */
let inMemory: string | null = null;

/** The part of `window` the token needs (a parameter, so that tests can pass their own). */
export type TokenWindow = Pick<Window, 'location' | 'history' | 'localStorage'>;

/**
 * Takes the token from the link `polyphony serve` printed (`/#token=…`): stores it and replaces
 * the address, and the history entry, with one without it, so that it is not left in the
 * address bar, in history or on a screenshot. The fragment was never sent to the server. The
 * first thing the app does, before it renders or fetches anything.
 */
export function takeTokenFromLink(win: TokenWindow = window): void {
  const token = /^#token=([A-Za-z0-9_-]+)$/.exec(win.location.hash)?.[1];
  if (token === undefined) return;
  inMemory = token;
  try {
    win.localStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage refused: the token lives in memory for this page.
  }
  win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
}

/** The stored token, or null when the app was not opened with the link. */
export function accessToken(win: Pick<Window, 'localStorage'> = window): string | null {
  try {
    return win.localStorage.getItem(STORAGE_KEY) ?? inMemory;
  } catch {
    return inMemory;
  }
}

/** The header every API request carries; none without a token (the server then answers 401). */
export function authHeaders(): Record<string, string> {
  const token = accessToken();
  return token === null ? {} : { authorization: `Bearer ${token}` };
}
