import { EXCHANGE_FILE_ROUTES } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';

const FORMATS = ['md', 'docx', 'csv'] as const;

/**
 * The report downloads: plain links, so the browser's own download handling (and the session
 * cookie) do the work; the server names the files.
 */
export function Downloads() {
  const { t } = useI18n();
  return (
    <nav className="downloads" aria-label={t('report.downloads')}>
      <span className="downloads-label">{t('report.downloads')}:</span>
      {FORMATS.map((f) => (
        <a key={f} className="button" href={`${EXCHANGE_FILE_ROUTES.reportFile}?format=${f}`} download>
          ⤓ {t(`report.download.${f}`)}
        </a>
      ))}
    </nav>
  );
}
