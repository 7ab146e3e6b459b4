import type { CodeAllPreviewDto, CodeDto } from '@polyphony/core';
import { useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * "Code all hits": choose a code, preview how many places in which sources would get it, then
 * confirm. The server codes them in one transaction, so one undo takes all of them back.
 */
export function SearchCodeAll(props: { q: string; codes: CodeDto[]; run(action: () => Promise<string | void>): Promise<void> }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [preview, setPreview] = useState<CodeAllPreviewDto | null>(null);
  const [error, setError] = useState('');
  const codeName = props.codes.find((c) => c.id === code)?.name ?? '';

  if (props.codes.length === 0) return <p className="tool-hint">{t('search.noCodes')}</p>;
  return (
    <section className="code-all" aria-labelledby="code-all-title">
      <h2 id="code-all-title">{t('search.codeAll')}</h2>
      <p className="tool-hint">{t('search.codeAllHelp')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setError('');
          call('GET /api/search/code-all', { q: props.q }).then(setPreview, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
        }}
      >
        <label className="inline-field">
          {t('search.chooseCode')}{' '}
          <select value={code} onChange={(e) => { setCode(e.target.value); setPreview(null); }} required>
            <option value="">{t('search.pickCode')}</option>
            {props.codes.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={!code}>{t('search.preview')}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {preview && preview.q === props.q && code && (
        <div className="code-all-preview" role="region" aria-live="polite">
          <p>{t('search.previewSummary', { matches: preview.matches, sources: preview.sources.length, code: codeName })}</p>
          <ul className="preview-sources">
            {preview.sources.map((s) => (
              <li key={s.source}>{t('search.previewSource', { name: s.sourceName, n: s.matches })}</li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              onClick={() =>
                void props.run(async () => {
                  const r = await call('POST /api/search/code-all', { q: props.q, code });
                  setPreview(null);
                  return t('search.codedAll', { coded: r.coded, existing: r.existing, code: codeName });
                })
              }
            >
              {t('search.confirm', { matches: preview.matches })}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>{t('search.cancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
