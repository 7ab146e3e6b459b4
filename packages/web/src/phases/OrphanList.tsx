import type { OrphanDto } from '@polyphony/core';
import { useState } from 'react';
import { call } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import type { ScreenProps } from './screen-props.js';

function OrphanItem(props: { orphan: OrphanDto; screen: ScreenProps; onReattachBySelection(segment: string, source: string, exact: string): void }) {
  const { t } = useI18n();
  const { segment, codings, sourceName } = props.orphan;
  const [quote, setQuote] = useState(segment.exact);
  const [confirming, setConfirming] = useState(false);
  const s = props.screen;
  const names = codings.map((c) => s.codes.find((x) => x.id === c.code)?.name ?? c.code).join(', ');
  return (
    <li className="orphan">
      <p className="orphan-context">
        <span className="muted">…{segment.prefix}</span>
        <mark>{segment.exact}</mark>
        <span className="muted">{segment.suffix}…</span>
      </p>
      <p className="segment-meta">{sourceName} · {names || t('orphans.noCodes')}</p>
      <form
        className="orphan-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (quote.trim()) void s.run(async () => {
            await call('POST /api/segments/:id/reattach', { id: segment.id, quote: quote.trim() });
            return t('orphans.reattached');
          });
        }}
      >
        <input value={quote} onChange={(e) => setQuote(e.target.value)} aria-label={t('orphans.quote', { quote: segment.exact.slice(0, 40) })} />
        <button type="submit" className="button">{t('orphans.byQuote')}</button>
        <button type="button" className="button" onClick={() => props.onReattachBySelection(segment.id, segment.source, segment.exact)}>
          {t('orphans.bySelection')}
        </button>
        {confirming ? (
          <span role="group" aria-label={t('orphans.confirm')}>
            {t('orphans.confirm')}{' '}
            <button type="button" className="button danger" onClick={() => void s.run(async () => {
              await call('DELETE /api/segments/:id', { id: segment.id });
              return t('orphans.deleted');
            })}>{t('orphans.yesDelete')}</button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>{t('codeTree.cancel')}</button>
          </span>
        ) : (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>{t('codeTree.delete')}</button>
        )}
      </form>
    </li>
  );
}

/** The orphans left by text edits: old text with its context, re-attach by quote or selection, or delete. */
export function OrphanList(props: { screen: ScreenProps; onReattachBySelection(segment: string, source: string, exact: string): void }) {
  const { t } = useI18n();
  const orphans = useApi('GET /api/orphans', {}, props.screen.version);
  const list = orphans.data ?? [];
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">{t('orphans.title', { n: list.length })}</h2>
      {list.length === 0 ? (
        <p className="empty">{t('orphans.empty')}</p>
      ) : (
        <ul>
          {list.map((o) => <OrphanItem key={o.segment.id} orphan={o} screen={props.screen} onReattachBySelection={props.onReattachBySelection} />)}
        </ul>
      )}
    </section>
  );
}
