/** The routes of this helper's screens: Import & export, and the audit log. */
export type ExchangeRoute = { screen: 'exchange' } | { screen: 'log' };

/** Reads `#/exchange` or `#/log`; anything else is not ours (null). */
export function parseExchangeRoute(hash: string): ExchangeRoute | null {
  if (/^#\/exchange\/?$/.test(hash)) return { screen: 'exchange' };
  if (/^#\/log\/?$/.test(hash)) return { screen: 'log' };
  return null;
}

/** The hash of one of these routes. */
export function exchangeHash(route: ExchangeRoute): string {
  return `#/${route.screen}`;
}
