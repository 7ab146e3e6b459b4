import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ExchangeRailLinks } from '../exchange/RailLinks.js';
import type { Route } from '../app/route.js';

const PHASE_ICONS = ['①', '②', '③', '④', '⑤', '⑥'];

/** The narrow left rail: the six phases (the project's current one marked), Search and Report. */
export function Rail(props: { route: Route; currentPhase: number; navigate(r: Route): void; setPhase(p: number): void }) {
  const { t, lang, setLang } = useI18n();
  const activePhase = props.route.screen === 'phase' ? props.route.phase : props.route.screen === 'review' ? 4 : null;
  const go = (phase: number) =>
    props.navigate({ screen: 'phase', phase, source: props.route.screen === 'phase' ? props.route.source : null, at: null });
  return (
    <nav className="rail" aria-label={t('rail.label')}>
      <div className="brand" aria-hidden="true">P</div>
      <ol className="phases">
        {[1, 2, 3, 4, 5, 6].map((n) => (
          <li key={n}>
            <button
              type="button"
              className={`rail-item${activePhase === n ? ' active' : ''}`}
              aria-current={activePhase === n ? 'page' : undefined}
              onClick={() => go(n)}
              onDoubleClick={() => props.setPhase(n)}
              title={n === props.currentPhase ? t('phase.current') : t('phase.moveHere')}
            >
              <span className="rail-icon">{PHASE_ICONS[n - 1]}</span>
              <span className="rail-label">{t(`phase.${n}` as MessageKey)}</span>
              {n === props.currentPhase && <span className="current-dot" aria-label={t('phase.current')} />}
            </button>
          </li>
        ))}
      </ol>
      <div className="rail-extra">
        <button
          type="button"
          className={`rail-item${props.route.screen === 'search' ? ' active' : ''}`}
          onClick={() => props.navigate({ screen: 'search', q: '' })}
        >
          <span className="rail-icon">⌕</span>
          <span className="rail-label">{t('rail.search')}</span>
        </button>
        <ExchangeRailLinks route={props.route} navigate={props.navigate} />
        <button type="button" className="rail-item lang" onClick={() => setLang(lang === 'en' ? 'nb' : 'en')} aria-label={t('lang.label')}>
          <span className="rail-icon">{lang === 'en' ? 'NB' : 'EN'}</span>
          <span className="rail-label">{t('lang.switch')}</span>
        </button>
      </div>
    </nav>
  );
}
