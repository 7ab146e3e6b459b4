import type { CodeDto, Theme } from '@polyphony/core';
import { useState } from 'react';
import { call } from '../api/client.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { useApi } from '../api/use-api.js';
import { EvidenceBars } from './EvidenceBars.js';
import { NewThemeForm } from './NewThemeForm.js';
import type { ScreenProps } from './screen-props.js';

/** Board actions, each one API call followed by a reload. */
interface BoardActions {
  createTheme(name: string, perspective: string | null, parent: string | null): Promise<void>;
  addCode(theme: string, code: string): Promise<void>;
  removeCode(theme: string, code: string): Promise<void>;
  moveCode(from: string, to: string, code: string): Promise<void>;
  deleteTheme(theme: Theme): Promise<void>;
}

function ThemeCard(props: { theme: Theme; subs: Theme[]; all: Theme[]; codes: Map<string, CodeDto>; actions: BoardActions; screen: ScreenProps; sub?: boolean }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const [addingSub, setAddingSub] = useState(false);
  const th = props.theme;
  const others = props.all.filter((x) => x.id !== th.id);
  return (
    <article
      className={`theme-card${props.sub ? ' sub' : ''}${over ? ' drop' : ''}`}
      aria-label={th.name}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        const id = e.dataTransfer.getData('application/x-polyphony-code');
        const from = e.dataTransfer.getData('application/x-polyphony-theme');
        if (!id) return;
        if (from && from !== th.id) void props.actions.moveCode(from, th.id, id);
        else if (!from) void props.actions.addCode(th.id, id);
      }}
    >
      <div className="theme-head">
        <h3>{th.name}</h3>
        <span className={`badge status-${th.status}`}>{t(`themes.status.${th.status}` as MessageKey)}</span>
      </div>
      {th.definition && <p className="definition">{th.definition}</p>}
      <EvidenceBars theme={th} codes={props.codes} perspectives={props.screen.perspectives} colorOf={props.screen.colorOf} />
      <ul className="theme-codes">
        {th.codes.map((id) => {
          const code = props.codes.get(id);
          const name = code?.name ?? id;
          return (
            <li
              key={id}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData('application/x-polyphony-code', id);
                e.dataTransfer.setData('application/x-polyphony-theme', th.id);
              }}
            >
              <span className="code-dot" style={{ background: code?.color }} aria-hidden="true" />
              <span className="code-name">{name}</span>
              <select className="move-to" aria-label={t('board.moveTo', { name })} value="" onChange={(e) => e.target.value && void props.actions.moveCode(th.id, e.target.value, id)}>
                <option value="">{t('board.moveToShort')}</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>{o.name}</option>
                ))}
              </select>
              <button type="button" className="x" aria-label={t('themes.removeCode', { name })} onClick={() => void props.actions.removeCode(th.id, id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <select aria-label={t('board.addCodeTo', { name: th.name })} value="" onChange={(e) => e.target.value && void props.actions.addCode(th.id, e.target.value)}>
        <option value="">{t('themes.addCode')}</option>
        {[...props.codes.values()].filter((c) => !th.codes.includes(c.id)).map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </select>
      <div className="card-actions">
        <button type="button" className="link-button" onClick={() => props.screen.openReview(th.id, null)} aria-label={t('board.openSegments', { name: th.name })}>
          {t('board.open')}
        </button>
        {!props.sub && (
          <button type="button" className="link-button" aria-expanded={addingSub} onClick={() => setAddingSub(!addingSub)}>
            {t('board.addSub')}
          </button>
        )}
        <button type="button" className="link-button danger" aria-label={t('board.deleteTheme', { name: th.name })} onClick={() => void props.actions.deleteTheme(th)}>
          {t('codeTree.delete')}
        </button>
      </div>
      {addingSub && (
        <NewThemeForm label={t('board.subName', { name: th.name })} onCreate={(name) => props.actions.createTheme(name, th.perspective, th.id).then(() => setAddingSub(false))} />
      )}
      {props.subs.map((s) => (
        <ThemeCard key={s.id} theme={s} subs={[]} all={props.all} codes={props.codes} actions={props.actions} screen={props.screen} sub />
      ))}
    </article>
  );
}

/**
 * Phase 3, the theme board: a column per perspective plus cross-cutting; themes and subthemes
 * made here; codes dragged from the code tree or between cards, or moved by keyboard with each
 * code's "Move to…" menu; each card shows its evidence per perspective and opens its segments.
 */
export function ThemeBoard(props: { screen: ScreenProps }) {
  const { t } = useI18n();
  const s = props.screen;
  const themes = useApi('GET /api/themes', {}, s.version);
  const all = themes.data ?? [];
  const codes = new Map(s.codes.map((c) => [c.id, c]));
  const actions: BoardActions = {
    createTheme: (name, perspective, parent) => s.run(async () => void (await call('POST /api/themes', { name, perspective, parent }))),
    addCode: (id, code) => s.run(async () => void (await call('POST /api/themes/:id/codes', { id, code }))),
    removeCode: (id, code) => s.run(async () => void (await call('DELETE /api/themes/:id/codes/:code', { id, code }))),
    moveCode: (from, to, code) =>
      s.run(async () => {
        await call('POST /api/themes/:id/codes', { id: to, code });
        await call('DELETE /api/themes/:id/codes/:code', { id: from, code });
        return t('board.moved', { code: codes.get(code)?.name ?? code, theme: all.find((x) => x.id === to)?.name ?? to });
      }),
    deleteTheme: (theme) =>
      s.run(async () => {
        await call('DELETE /api/themes/:id', { id: theme.id });
        return t('board.deleted', { name: theme.name });
      }),
  };
  const columns: { id: string | null; label: string }[] = [
    ...s.perspectives.map((p) => ({ id: p.id, label: p.label })),
    { id: null, label: t('themes.crossCutting') },
  ];
  return (
    <div className="screen">
      <h1 className="screen-title">{t('board.title')}</h1>
      {s.codes.length === 0 && <p className="empty">{t('board.noCodes')}</p>}
      <div className="board">
        {columns.map((col) => {
          const mains = all.filter((th) => th.perspective === col.id && (th.parent === null || !all.some((p) => p.id === th.parent)));
          return (
            <section key={col.id ?? 'x'} className="board-column" aria-label={col.label} style={{ borderTopColor: s.colorOf(col.id) }}>
              <h2>{col.label}</h2>
              {mains.length === 0 && <p className="empty">{t('themes.empty')}</p>}
              {mains.map((m) => (
                <ThemeCard key={m.id} theme={m} subs={all.filter((x) => x.parent === m.id)} all={all} codes={codes} actions={actions} screen={s} />
              ))}
              <NewThemeForm label={t('board.newIn', { column: col.label })} onCreate={(name) => actions.createTheme(name, col.id, null)} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
