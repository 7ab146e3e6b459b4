import '../exchange/screens.css';
import type { CodeDto } from '@polyphony/core';
import { useEffect, useState } from 'react';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { perspectiveColor } from '../util/colors.js';
import { Chip } from './Chip.js';
import { SearchCodeAll } from './SearchViewCodeAll.js';

/** Hits per page: enough to scan, few enough that each page reads only a few transcripts. */
const PAGE = 20;

/**
 * Full-text search over all sources: hits in context with the match marked, paged; a hit opens
 * its transcript at the place; and "code all hits" after a preview.
 */
export function SearchView(props: {
  q: string;
  version: number;
  onSearch(q: string): void;
  onOpen(source: string, at: number): void;
  codes?: CodeDto[];
  perspectiveOrder?: string[];
  run?(action: () => Promise<string | void>): Promise<void>;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState(props.q);
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    setQ(props.q);
    setOffset(0);
  }, [props.q]);
  const empty = props.q.trim() === '';
  const page = useApi('GET /api/search/hits', { q: props.q, offset, limit: PAGE }, props.version, empty);
  const data = page.data && page.data.q === props.q ? page.data : undefined;
  return (
    <div className="search-view">
      <h1>{t('search.title')}</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSearch(q);
        }}
      >
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('search.placeholder')} aria-label={t('search.placeholder')} />
        <button type="submit" className="button primary">{t('search.go')}</button>
      </form>
      {empty && <p className="empty">{t('search.empty')}</p>}
      {!empty && data && (
        <>
          <p aria-live="polite">
            {data.total === 0
              ? t('search.none', { q: props.q })
              : `${t('search.hits', { n: data.total })} · ${t('search.page', { from: data.offset + 1, to: data.offset + data.hits.length, total: data.total })}`}
          </p>
          <ol className="hits" start={data.offset + 1}>
            {data.hits.map((h) => (
              <li key={`${h.source}@${h.start}`}>
                <button type="button" className="where-item hit" onClick={() => props.onOpen(h.source, h.start)} aria-label={t('search.open', { source: h.sourceName })}>
                  <span className="where-source">
                    {h.participant && <Chip label={h.participant} color={perspectiveColor(props.perspectiveOrder ?? [], h.perspective)} />}{' '}
                    {h.sourceName}
                  </span>
                  <span className="where-quote">
                    {h.before}
                    <mark>{h.match}</mark>
                    {h.after}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {data.total > PAGE && (
            <div className="pager">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                ← {t('search.prev')}
              </button>
              <button type="button" className="button" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
                {t('search.next')} →
              </button>
            </div>
          )}
          {data.total > 0 && props.codes && props.run && <SearchCodeAll q={props.q} codes={props.codes} run={props.run} />}
        </>
      )}
      {page.error && <p className="error" role="alert">{page.error.message}</p>}
    </div>
  );
}
