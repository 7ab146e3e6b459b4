import type { Theme, ThemeStatus } from '@polyphony/core';
import { call } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { OrphanList } from './OrphanList.js';
import { SegmentList } from './SegmentList.js';
import type { ScreenProps } from './screen-props.js';

const STATUSES: ThemeStatus[] = ['candidate', 'reviewed', 'defined'];

/**
 * Phase 4, review: from a theme to its codes to its segments to their place in the transcript,
 * each step a history entry (the URL holds theme and code), with the theme's status, and the
 * orphans that text edits left behind.
 */
export function ReviewView(props: { screen: ScreenProps; theme: string | null; code: string | null; onReattachBySelection(segment: string, source: string, exact: string): void }) {
  const { t } = useI18n();
  const s = props.screen;
  const themes = useApi('GET /api/themes', {}, s.version);
  const theme = themes.data?.find((x) => x.id === props.theme) ?? null;
  const evidence = useApi('GET /api/themes/:id/codings', { id: theme?.id ?? '' }, s.version, theme === null);
  const codes = new Map(s.codes.map((c) => [c.id, c]));
  const shown = (evidence.data ?? []).filter((c) => props.code === null || c.coding.code === props.code);
  const label = (th: Theme) => (th.perspective ? `${th.perspective} · ${th.name}` : th.name);

  return (
    <div className="screen review">
      <nav className="crumbs" aria-label={t('review.path')}>
        <button type="button" className="link-button" onClick={() => s.openReview(null, null)}>{t('review.themes')}</button>
        {theme && <> › <button type="button" className="link-button" onClick={() => s.openReview(theme.id, null)}>{theme.name}</button></>}
        {theme && props.code && <> › <span>{codes.get(props.code)?.name ?? props.code}</span></>}
      </nav>
      <h1 className="screen-title">{theme ? theme.name : t('review.title')}</h1>
      <div className="review-columns">
        <section className="review-themes" aria-label={t('review.themes')}>
          {(themes.data ?? []).length === 0 && <p className="empty">{t('review.noThemes')}</p>}
          <ul>
            {(themes.data ?? []).map((th) => (
              <li key={th.id}>
                <button type="button" className={`where-item${th.id === theme?.id ? ' selected' : ''}`} aria-current={th.id === theme?.id ? 'true' : undefined} onClick={() => s.openReview(th.id, null)}>
                  <span className="code-dot" style={{ background: s.colorOf(th.perspective) }} aria-hidden="true" />
                  {th.parent ? '↳ ' : ''}{label(th)}
                  <span className={`badge status-${th.status}`}>{t(`themes.status.${th.status}` as MessageKey)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="review-detail" aria-label={t('review.detail')}>
          {!theme ? (
            <p className="empty">{t('review.pickTheme')}</p>
          ) : (
            <>
              <label className="status-field">
                {t('review.status')}
                <select value={theme.status} onChange={(e) => void s.run(async () => void (await call('PATCH /api/themes/:id', { id: theme.id, status: e.target.value as ThemeStatus })))}>
                  {STATUSES.map((st) => <option key={st} value={st}>{t(`themes.status.${st}` as MessageKey)}</option>)}
                </select>
              </label>
              {theme.definition && <p className="definition">{theme.definition}</p>}
              <h2>{t('review.codes')}</h2>
              {theme.codes.length === 0 && <p className="empty">{t('review.noCodes')}</p>}
              <ul className="chips-row">
                {theme.codes.map((id) => (
                  <li key={id}>
                    <button type="button" className={`code-item${props.code === id ? ' selected' : ''}`} aria-pressed={props.code === id} onClick={() => s.openReview(theme.id, props.code === id ? null : id)}>
                      <span className="code-dot" style={{ background: codes.get(id)?.color }} aria-hidden="true" />
                      {codes.get(id)?.name ?? id}
                      <span className="code-count">{evidence.data?.filter((c) => c.coding.code === id).length ?? ''}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <h2>{t('review.segments', { n: new Set(shown.map((c) => c.segment.id)).size })}</h2>
              <SegmentList codings={shown} codes={codes} sourceName={s.sourceName} onOpen={s.openSegment} />
            </>
          )}
        </section>
      </div>
      <OrphanList screen={s} onReattachBySelection={props.onReattachBySelection} />
    </div>
  );
}
