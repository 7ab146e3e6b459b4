import { useEffect, useState } from 'react';
import { exchangeHash, parseExchangeRoute, type ExchangeRoute } from '../exchange/exchange-route.js';
import { parseReviewRoute, reviewHash, type ReviewRoute } from '../phases/review-route.js';

/** Where the user is: a phase screen (1–6, optionally with a source open) or the search. */
export type Route =
  | { screen: 'phase'; phase: number; source: string | null; at: number | null }
  | { screen: 'search'; q: string }
  | ExchangeRoute
  | ReviewRoute;

/** Reads a route from the hash: `#/phase/2/source/<id>@<offset>` or `#/search?q=…`. */
export function parseRoute(hash: string): Route {
  const search = hash.match(/^#\/search(?:\?q=(.*))?$/);
  if (search) return { screen: 'search', q: decodeURIComponent(search[1] ?? '') };
  const exchange = parseExchangeRoute(hash);
  if (exchange) return exchange;
  const review = parseReviewRoute(hash);
  if (review) return review;
  const m = hash.match(/^#\/phase\/([1-6])(?:\/source\/([^@]+)(?:@(\d+))?)?$/);
  if (!m) return { screen: 'phase', phase: 2, source: null, at: null };
  return { screen: 'phase', phase: Number(m[1]), source: m[2] ? decodeURIComponent(m[2]) : null, at: m[3] ? Number(m[3]) : null };
}

/** Writes a route as a hash, so that browser history (back, forward) walks through places. */
export function routeHash(route: Route): string {
  if (route.screen === 'review') return reviewHash(route);
  if (route.screen === 'exchange' || route.screen === 'log') return exchangeHash(route);
  if (route.screen === 'search') return `#/search${route.q ? `?q=${encodeURIComponent(route.q)}` : ''}`;
  const source = route.source ? `/source/${encodeURIComponent(route.source)}${route.at !== null ? `@${route.at}` : ''}` : '';
  return `#/phase/${route.phase}${source}`;
}

/** The current route and a navigate function that pushes a history entry. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [route, (r) => (window.location.hash = routeHash(r))];
}
