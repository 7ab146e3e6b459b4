import { useState } from 'react';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';

/** Full-text search over all sources; a hit opens its transcript at the place. */
export function SearchView(props: { q: string; version: number; onSearch(q: string): void; onOpen(source: string, at: number): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState(props.q);
  const hits = useApi('GET /api/search', { q: props.q }, props.version, props.q.trim() === '');
  return (
    <div className="search-view">
      <h1>{t('search.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSearch(q);
        }}
      >
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('search.placeholder')} aria-label={t('search.placeholder')} />
        <button type="submit" className="button primary">{t('search.go')}</button>
      </form>
      {props.q && hits.data && (
        <>
          <p>{hits.data.length === 0 ? t('search.none', { q: props.q }) : t('search.hits', { n: hits.data.length })}</p>
          <ul className="hits">
            {hits.data.map((h, i) => (
              <li key={i}>
                <button type="button" className="where-item" onClick={() => props.onOpen(h.source, h.start)}>
                  <span className="where-source">{h.sourceName}</span>
                  <span className="where-quote">…{h.snippet}…</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {hits.error && <p className="error">{hits.error.message}</p>}
    </div>
  );
}
