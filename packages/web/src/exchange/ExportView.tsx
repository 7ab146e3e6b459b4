import { EXCHANGE_FILE_ROUTES } from '@polyphony/core';
import { useApi } from '../api/use-api.js';
import { DownloadButton } from '../components/DownloadButton.js';
import type { MessageKey } from '../i18n/en.js';
import { DICTIONARIES } from '../i18n/i18n.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * The Export menu: every format the server offers (its list is the truth, so a format added
 * there shows here), as download buttons, and the full backup.
 */
export function ExportView(props: { version: number }) {
  const { t } = useI18n();
  const formats = useApi('GET /api/export/formats', {}, props.version);
  // A format the UI has no words for yet still shows, with the server's English description.
  const describe = (id: string, fallback: string) => {
    const key = `export.format.${id}`;
    return key in DICTIONARIES.en ? t(key as MessageKey) : fallback;
  };
  return (
    <section className="export-view" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="tool-hint">{t('export.help')}</p>
      {formats.error && <p className="error" role="alert">{formats.error.message}</p>}
      <ul className="export-list">
        {(formats.data ?? []).map((f) => (
          <li key={f.id}>
            <DownloadButton className="export-link" url={`${EXCHANGE_FILE_ROUTES.exportFile}?format=${encodeURIComponent(f.id)}`} fallbackName={`export${f.extension}`}>
              <span aria-hidden="true">⤓</span> {describe(f.id, f.description)} <span className="ext">{f.extension}</span>
            </DownloadButton>
          </li>
        ))}
        <li>
          <DownloadButton className="export-link" url={EXCHANGE_FILE_ROUTES.backup} fallbackName="backup.polyphony">
            <span aria-hidden="true">⤓</span> {t('export.backup')} <span className="ext">.polyphony</span>
          </DownloadButton>
          <p className="tool-hint">{t('export.backupHelp')}</p>
        </li>
      </ul>
    </section>
  );
}
