import { EXCHANGE_FILE_ROUTES } from '@polyphony/core';
import { DownloadButton } from '../components/DownloadButton.js';
import { useI18n } from '../i18n/i18n.js';

const FORMATS = ['md', 'docx', 'csv'] as const;

/** The report downloads; the server names the files. */
export function Downloads() {
  const { t } = useI18n();
  return (
    <nav className="downloads" aria-label={t('report.downloads')}>
      <span className="downloads-label">{t('report.downloads')}:</span>
      {FORMATS.map((f) => (
        <DownloadButton key={f} className="button" url={`${EXCHANGE_FILE_ROUTES.reportFile}?format=${f}`} fallbackName={`report.${f}`}>
          ⤓ {t(`report.download.${f}`)}
        </DownloadButton>
      ))}
    </nav>
  );
}
