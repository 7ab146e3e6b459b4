import type { CodeDto, Perspective, Theme } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';

/** Codings per perspective behind a theme: the sum over its codes (a segment coded twice counts twice). */
export function themeEvidence(theme: Theme, codes: ReadonlyMap<string, CodeDto>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of theme.codes) for (const [p, n] of Object.entries(codes.get(id)?.byPerspective ?? {})) out[p] = (out[p] ?? 0) + n;
  return out;
}

/** A theme card's evidence per perspective: a bar and a number in each perspective's colour. */
export function EvidenceBars(props: { theme: Theme; codes: ReadonlyMap<string, CodeDto>; perspectives: Perspective[]; colorOf(p: string | null): string }) {
  const { t } = useI18n();
  const evidence = themeEvidence(props.theme, props.codes);
  const max = Math.max(1, ...Object.values(evidence));
  return (
    <ul className="card-evidence" aria-label={t('board.evidence')}>
      {props.perspectives.map((p) => {
        const n = evidence[p.id] ?? 0;
        return (
          <li key={p.id} className={n === 0 ? 'silent' : undefined}>
            <span className="evidence-label">{p.id}</span>
            <span className="evidence-bar" aria-hidden="true" style={{ width: `${Math.round((n / max) * 60)}px`, background: props.colorOf(p.id) }} />
            <span className="evidence-n">{t('board.codings', { n })}</span>
          </li>
        );
      })}
    </ul>
  );
}
