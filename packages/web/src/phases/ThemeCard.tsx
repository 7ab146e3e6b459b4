import type { CodeDto, Perspective, Theme } from '@polyphony/core';
import { memo, useState } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { EvidenceBars } from './EvidenceBars.js';
import { NewThemeForm } from './NewThemeForm.js';

/** The drag payload types: the code, and the theme it was dragged from (none from the code tree). */
const CODE_TYPE = 'application/x-polyphony-code';
const THEME_TYPE = 'application/x-polyphony-theme';

/** Board actions, each one API call followed by a reload; `pick` opens the board's one shared picker. */
export interface BoardActions {
  createTheme(name: string, perspective: string | null, parent: string | null): Promise<void>;
  addCode(theme: string, code: string): Promise<void>;
  removeCode(theme: string, code: string): Promise<void>;
  moveCode(from: string, to: string, code: string): Promise<void>;
  deleteTheme(theme: Theme): Promise<void>;
  openReview(theme: string): void;
  /** Opens the shared picker under `anchor`: codes to add to `theme`, or themes to move `code` to. */
  pick(request: PickRequest, anchor: HTMLElement): void;
}

/** What the shared picker was opened for. */
export type PickRequest = { kind: 'add'; theme: string } | { kind: 'move'; theme: string; code: string };

/** What every card needs besides its own theme; one object, the same between renders. */
export interface CardContext {
  codes: ReadonlyMap<string, CodeDto>;
  perspectives: Perspective[];
  colorOf(p: string | null): string;
  actions: BoardActions;
  /** The request the picker is open for, so that its button says it is expanded. */
  open: PickRequest | null;
}

const isOpen = (open: PickRequest | null, kind: PickRequest['kind'], theme: string, code?: string) =>
  open !== null && open.kind === kind && open.theme === theme && (open.kind === 'add' || open.code === code);

/**
 * One theme card: name, status, definition, evidence per perspective, its codes (each draggable,
 * with a "Move to…" button and remove), "Add a code…", and its subthemes. Memoised: a board with
 * 50 themes renders again only the cards whose theme (or the shared context) changed.
 */
export const ThemeCard = memo(function ThemeCard(props: { theme: Theme; subs: readonly Theme[]; ctx: CardContext; sub?: boolean }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const [addingSub, setAddingSub] = useState(false);
  const { theme: th, ctx } = props;
  const { actions } = ctx;
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
        const id = e.dataTransfer.getData(CODE_TYPE);
        const from = e.dataTransfer.getData(THEME_TYPE);
        if (!id) return;
        if (from && from !== th.id) void actions.moveCode(from, th.id, id);
        else if (!from) void actions.addCode(th.id, id);
      }}
    >
      <div className="theme-head">
        <h3>{th.name}</h3>
        <span className={`badge status-${th.status}`}>{t(`themes.status.${th.status}` as MessageKey)}</span>
      </div>
      {th.definition && <p className="definition">{th.definition}</p>}
      <EvidenceBars theme={th} codes={ctx.codes} perspectives={ctx.perspectives} colorOf={ctx.colorOf} />
      <ul className="theme-codes">
        {th.codes.map((id) => {
          const code = ctx.codes.get(id);
          const name = code?.name ?? id;
          return (
            <li
              key={id}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(CODE_TYPE, id);
                e.dataTransfer.setData(THEME_TYPE, th.id);
              }}
            >
              <span className="code-dot" style={{ background: code?.color }} aria-hidden="true" />
              <span className="code-name">{name}</span>
              <button
                type="button"
                className="move-to link-button"
                aria-label={t('board.moveTo', { name })}
                aria-haspopup="dialog"
                aria-expanded={isOpen(ctx.open, 'move', th.id, id)}
                onClick={(e) => actions.pick({ kind: 'move', theme: th.id, code: id }, e.currentTarget)}
              >
                {t('board.moveToShort')}
              </button>
              <button type="button" className="x" aria-label={t('themes.removeCode', { name })} onClick={() => void actions.removeCode(th.id, id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button add-code"
        aria-label={t('board.addCodeTo', { name: th.name })}
        aria-haspopup="dialog"
        aria-expanded={isOpen(ctx.open, 'add', th.id)}
        onClick={(e) => actions.pick({ kind: 'add', theme: th.id }, e.currentTarget)}
      >
        {t('themes.addCode')}
      </button>
      <div className="card-actions">
        <button type="button" className="link-button" onClick={() => actions.openReview(th.id)} aria-label={t('board.openSegments', { name: th.name })}>
          {t('board.open')}
        </button>
        {!props.sub && (
          <button type="button" className="link-button" aria-expanded={addingSub} onClick={() => setAddingSub(!addingSub)}>
            {t('board.addSub')}
          </button>
        )}
        <button type="button" className="link-button danger" aria-label={t('board.deleteTheme', { name: th.name })} onClick={() => void actions.deleteTheme(th)}>
          {t('codeTree.delete')}
        </button>
      </div>
      {addingSub && (
        <NewThemeForm label={t('board.subName', { name: th.name })} onCreate={(name) => actions.createTheme(name, th.perspective, th.id).then(() => setAddingSub(false))} />
      )}
      {props.subs.map((s) => (
        <ThemeCard key={s.id} theme={s} subs={NO_SUBS} ctx={ctx} sub />
      ))}
    </article>
  );
});

const NO_SUBS: readonly Theme[] = [];
