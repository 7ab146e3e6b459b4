import type { SourceCodingDto } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';

/** Codings of one coder, or all when `coder` is null. */
export function byCoder(codings: SourceCodingDto[], coder: string | null): SourceCodingDto[] {
  return coder === null ? codings : codings.filter((c) => c.coder === coder);
}

/** Filter the transcript's highlights by coder (shown once a source has codings). */
export function CoderFilter(props: { codings: readonly SourceCodingDto[]; coder: string | null; onChange(coder: string | null): void }) {
  const { t } = useI18n();
  const coders = [...new Set(props.codings.map((c) => c.coder))].sort();
  if (coders.length === 0 && props.coder === null) return null;
  return (
    <label className="coder-filter">
      {t('coder.filter')}
      <select value={props.coder ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">{t('coder.all')}</option>
        {[...new Set([...coders, ...(props.coder ? [props.coder] : [])])].map((c) => (
          <option key={c} value={c}>{c}</option>
        ))}
      </select>
    </label>
  );
}
