import type { Route } from '../app/route.js';
import { useI18n } from '../i18n/i18n.js';

/** The rail's entries for Import & export and the audit log. */
export function ExchangeRailLinks(props: { route: Route; navigate(r: Route): void }) {
  const { t } = useI18n();
  const item = (screen: 'exchange' | 'log', icon: string, label: string) => (
    <button
      type="button"
      className={`rail-item${props.route.screen === screen ? ' active' : ''}`}
      aria-current={props.route.screen === screen ? 'page' : undefined}
      onClick={() => props.navigate({ screen })}
    >
      <span className="rail-icon" aria-hidden="true">{icon}</span>
      <span className="rail-label">{label}</span>
    </button>
  );
  return (
    <>
      {item('exchange', '⇅', t('rail.exchange'))}
      {item('log', '☰', t('rail.log'))}
    </>
  );
}
