import type { FileImportResultDto } from '@polyphony/core';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

/** What a transcript upload table shows beside each file's result, in reading order. */
function details(r: FileImportResultDto, t: ReturnType<typeof useI18n>['t']): string[] {
  if (r.status === 'failed') return [r.error?.message ?? '', t('import.nothingStored')].filter(Boolean);
  const out: string[] = [];
  if (r.source) out.push(t('import.source', { name: r.source }));
  if (r.participant) out.push(t('import.participant', { id: r.participant }));
  if (r.turns !== undefined) out.push(t('import.turns', { n: r.turns }));
  if (r.reanchored) out.push(t('import.reanchored', r.reanchored));
  if (r.reanchored && r.reanchored.orphaned > 0) out.push(t('import.orphanHint'));
  if (r.unmappedSpeakers && r.unmappedSpeakers.length > 0) out.push(t('import.unmapped', { names: r.unmappedSpeakers.join(', ') }));
  out.push(...r.warnings);
  return out;
}

/**
 * The per-file result of a transcript import: imported, updated (with how the codings were
 * re-anchored), unchanged, or failed with the reason. A real table, so it reads row by row.
 */
export function ImportResultTable(props: { results: FileImportResultDto[] }) {
  const { t } = useI18n();
  if (props.results.length === 0) return null;
  return (
    <table className="paper-table import-results">
      <caption>{t('import.resultsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.file')}</th>
          <th scope="col">{t('import.status')}</th>
          <th scope="col">{t('import.details')}</th>
        </tr>
      </thead>
      <tbody>
        {props.results.map((r, i) => (
          <tr key={`${r.file}-${i}`} className={`import-${r.status}`}>
            <th scope="row">{r.file}</th>
            <td>
              <span className={`badge import-${r.status}`}>
                {r.status === 'failed' ? '✕ ' : '✓ '}
                {t(`import.status.${r.status}` as MessageKey)}
              </span>
            </td>
            <td>
              {details(r, t).map((line, j) => (
                <div key={j}>{line}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
