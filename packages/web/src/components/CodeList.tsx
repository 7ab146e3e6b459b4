import type { CodeDto, Perspective } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';
import { perspectiveColor } from '../util/colors.js';

/**
 * The code list with counts per perspective (little coloured bars) and a total. Codes can be
 * dragged onto theme cards; clicking one shows where it is used.
 */
export function CodeList(props: { codes: CodeDto[]; perspectives: Perspective[]; active: string | null; onPick(id: string): void }) {
  const { t } = useI18n();
  const order = props.perspectives.map((p) => p.id);
  if (props.codes.length === 0) return <p className="empty">{t('codes.empty')}</p>;
  return (
    <ul className="code-list" aria-label={t('codes.title')}>
      {props.codes.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className={`code-item${props.active === c.id ? ' selected' : ''}`}
            draggable
            onDragStart={(e) => e.dataTransfer.setData('application/x-polyphony-code', c.id)}
            onClick={() => props.onPick(c.id)}
            title={c.description || c.name}
          >
            <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
            <span className="code-name">{c.name}</span>
            <span className="code-bars" aria-hidden="true">
              {order.map((p) => (
                <span key={p} className="code-bar" style={{ background: perspectiveColor(order, p), width: `${Math.min(24, (c.byPerspective[p] ?? 0) * 4)}px` }} />
              ))}
            </span>
            <span className="code-count" aria-label={t('codes.count', { n: c.codings })}>{c.codings}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
