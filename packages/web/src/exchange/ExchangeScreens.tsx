import './screens.css';
import type { Route } from '../app/route.js';
import { LogView } from '../log/LogView.js';
import { ExchangeView } from './ExchangeView.js';

/** Renders the Import & export or the audit-log screen when the route is one of them. */
export function ExchangeScreens(props: { route: Route; version: number; reload(): void; run(action: () => Promise<string | void>): Promise<void> }) {
  if (props.route.screen === 'exchange') return <ExchangeView version={props.version} reload={props.reload} />;
  if (props.route.screen === 'log') return <LogView version={props.version} />;
  return null;
}
