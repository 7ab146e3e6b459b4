import { useState } from 'react';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';

const PAGE = 50;

/** `coding.create` → `coding create`; undo and redo batches keep their suffix as a word. */
const humanAction = (action: string) => action.replace(/\./g, ' ');

/**
 * The audit log: every event (who, when, what, which entity), newest first, paged. The
 * toolbar's Undo and Redo stay above it, so one sees what a step takes back; a line marks where
 * one step (a batch, which undo reverts as a whole) begins.
 */
export function LogView(props: { version: number }) {
  const { t, lang } = useI18n();
  const [offset, setOffset] = useState(0);
  const page = useApi('GET /api/log/page', { offset, limit: PAGE }, props.version);
  const when = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  const data = page.data;
  return (
    <div className="log-view">
      <h1>{t('log.title')}</h1>
      <p className="tool-hint">{t('log.help')}</p>
      {page.error && <p className="error" role="alert">{page.error.message}</p>}
      {data && data.entries.length === 0 && offset === 0 && <p className="empty">{t('log.empty')}</p>}
      {data && data.entries.length > 0 && (
        <table className="paper-table log-table">
          <caption>{t('log.page', { from: data.offset + 1, to: data.offset + data.entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.when')}</th>
              <th scope="col">{t('log.who')}</th>
              <th scope="col">{t('log.what')}</th>
              <th scope="col">{t('log.entity')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e, i) => (
              // A new batch (one user step) starts a group; undo takes back a whole batch.
              <tr key={e.id} className={i > 0 && data.entries[i - 1]?.batch === e.batch ? 'same-batch' : 'new-batch'}>
                <td><time dateTime={e.at}>{when.format(new Date(e.at))}</time></td>
                <td>{e.actor}</td>
                <td>{humanAction(e.action)}</td>
                <td>
                  <span className="entity">{e.entity}</span> {e.label && <span className="entity-label">{e.label}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && (offset > 0 || data.hasMore) && (
        <div className="pager">
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            ← {t('log.newer')}
          </button>
          <button type="button" className="button" disabled={!data.hasMore} onClick={() => setOffset(offset + PAGE)}>
            {t('log.older')} →
          </button>
        </div>
      )}
    </div>
  );
}
