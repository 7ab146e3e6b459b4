import type { Case, Perspective, SourceSummaryDto } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';
import { perspectiveColor } from '../util/colors.js';
import { Chip } from './Chip.js';

interface Group {
  key: string;
  label: string;
  color: string;
  cases: { key: string; label: string; sources: SourceSummaryDto[] }[];
}

/** Groups sources by perspective, then by case, in the project's perspective order. */
export function groupSources(sources: SourceSummaryDto[], perspectives: Perspective[], cases: Case[], t: (k: 'sources.noCase' | 'sources.group') => string): Group[] {
  const order = perspectives.map((p) => p.id);
  const caseLabel = new Map(cases.map((c) => [c.id, c.label]));
  const groups = new Map<string, Group>();
  const keys = [...order, ''];
  for (const key of keys) {
    const p = perspectives.find((x) => x.id === key);
    groups.set(key, { key, label: p ? `${p.label} (${p.id})` : t('sources.group'), color: perspectiveColor(order, p?.id ?? null), cases: [] });
  }
  for (const s of sources) {
    const group = groups.get(s.perspective ?? '') ?? groups.get('');
    if (!group) continue;
    const caseKey = s.case ?? '';
    let entry = group.cases.find((c) => c.key === caseKey);
    if (!entry) {
      entry = { key: caseKey, label: caseKey ? (caseLabel.get(caseKey) ?? caseKey) : t('sources.noCase'), sources: [] };
      group.cases.push(entry);
    }
    entry.sources.push(s);
  }
  for (const g of groups.values()) g.cases.sort((a, b) => a.key.localeCompare(b.key, undefined, { numeric: true }));
  return [...groups.values()].filter((g) => g.cases.length > 0);
}

/** The sources pane: perspective groups, case subgroups, a chip and name per source. */
export function SourcesPane(props: {
  sources: SourceSummaryDto[];
  perspectives: Perspective[];
  cases: Case[];
  selected: string | null;
  onOpen(id: string): void;
  /** Read-status per source (kept in the browser), shown as a tick. */
  isRead?(id: string): boolean;
}) {
  const { t } = useI18n();
  if (props.sources.length === 0) return <p className="empty">{t('sources.empty')}</p>;
  return (
    <div className="sources">
      {groupSources(props.sources, props.perspectives, props.cases, t).map((g) => (
        <section key={g.key} className="source-group" aria-label={g.label}>
          <h3 className="group-title">
            <span className="swatch" style={{ background: g.color }} aria-hidden="true" />
            {g.label}
          </h3>
          {g.cases.map((c) => (
            <div key={c.key} className="case">
              <div className="case-label">{c.label}</div>
              <ul>
                {c.sources.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className={`source-item${props.selected === s.id ? ' selected' : ''}`}
                      aria-current={props.selected === s.id ? 'true' : undefined}
                      onClick={() => props.onOpen(s.id)}
                    >
                      {s.participant && <Chip label={s.participant} color={g.color} />}
                      <span className="source-name">{s.name}</span>
                      {props.isRead?.(s.id) && <span className="read-mark" aria-label={t('familiar.read')} title={t('familiar.read')}>✓</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
