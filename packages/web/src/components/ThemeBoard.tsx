import type { CodeDto, Perspective, Theme } from '@polyphony/core';
import { useState } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

/** Board actions, each one API call followed by a reload. */
export interface BoardActions {
  createTheme(name: string, perspective: string | null, parent: string | null): Promise<void>;
  addCode(theme: string, code: string): Promise<void>;
  removeCode(theme: string, code: string): Promise<void>;
}

function ThemeCard(props: { theme: Theme; subs: Theme[]; codes: Map<string, CodeDto>; actions: BoardActions; sub?: boolean }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const th = props.theme;
  return (
    <div
      className={`theme-card${props.sub ? ' sub' : ''}${over ? ' drop' : ''}`}
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
        if (id) void props.actions.addCode(th.id, id);
      }}
    >
      <div className="theme-head">
        <h3>{th.name}</h3>
        <span className={`badge status-${th.status}`}>{t(`themes.status.${th.status}` as MessageKey)}</span>
      </div>
      {th.definition && <p className="definition">{th.definition}</p>}
      <ul className="theme-codes">
        {th.codes.map((id) => {
          const code = props.codes.get(id);
          return (
            <li key={id}>
              <span className="code-dot" style={{ background: code?.color }} aria-hidden="true" />
              {code?.name ?? id}
              <button type="button" className="x" aria-label={t('themes.removeCode', { name: code?.name ?? id })} onClick={() => void props.actions.removeCode(th.id, id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <select aria-label={t('themes.addCode')} value="" onChange={(e) => e.target.value && void props.actions.addCode(th.id, e.target.value)}>
        <option value="">{t('themes.addCode')}</option>
        {[...props.codes.values()].filter((c) => !th.codes.includes(c.id)).map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </select>
      {props.subs.map((s) => (
        <ThemeCard key={s.id} theme={s} subs={[]} codes={props.codes} actions={props.actions} sub />
      ))}
    </div>
  );
}

function NewTheme(props: { onCreate(name: string): Promise<void> }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <form
      className="new-theme"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void props.onCreate(name.trim()).then(() => setName(''));
      }}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('themes.name')} aria-label={t('themes.name')} />
      <button type="submit" className="button">{t('themes.create')}</button>
    </form>
  );
}

/** The theme board: a column per perspective plus cross-cutting; drop codes on cards. */
export function ThemeBoard(props: { themes: Theme[]; perspectives: Perspective[]; codes: CodeDto[]; colorOf(p: string | null): string; actions: BoardActions }) {
  const { t } = useI18n();
  const codes = new Map(props.codes.map((c) => [c.id, c]));
  const columns: { id: string | null; label: string }[] = [
    ...props.perspectives.map((p) => ({ id: p.id, label: p.label })),
    { id: null, label: t('themes.crossCutting') },
  ];
  return (
    <div className="board">
      {columns.map((col) => {
        const mains = props.themes.filter((th) => th.perspective === col.id && th.parent === null);
        return (
          <section key={col.id ?? 'x'} className="board-column" aria-label={col.label} style={{ borderTopColor: props.colorOf(col.id) }}>
            <h2>{col.label}</h2>
            {mains.length === 0 && <p className="empty">{t('themes.empty')}</p>}
            {mains.map((m) => (
              <ThemeCard key={m.id} theme={m} subs={props.themes.filter((s) => s.parent === m.id)} codes={codes} actions={props.actions} />
            ))}
            <NewTheme onCreate={(name) => props.actions.createTheme(name, col.id, null)} />
          </section>
        );
      })}
    </div>
  );
}
