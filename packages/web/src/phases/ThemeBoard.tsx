import type { Theme } from '@polyphony/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { call } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { ListPicker, type PickerOption } from '../components/ListPicker.js';
import { useI18n } from '../i18n/i18n.js';
import { NewThemeForm } from './NewThemeForm.js';
import type { ScreenProps } from './screen-props.js';
import { ThemeCard, type BoardActions, type CardContext, type PickRequest } from './ThemeCard.js';

/** Themes per board column (perspective id, '' for cross-cutting) and subthemes per main theme, in one pass. */
export function boardLayout(themes: readonly Theme[]): { mains: Map<string, Theme[]>; subs: Map<string, Theme[]> } {
  const ids = new Set(themes.map((t) => t.id));
  const mains = new Map<string, Theme[]>();
  const subs = new Map<string, Theme[]>();
  for (const th of themes) {
    // A subtheme whose parent is gone shows as a main theme rather than vanishing.
    const isSub = th.parent !== null && ids.has(th.parent);
    const map = isSub ? subs : mains;
    const key = isSub ? (th.parent as string) : (th.perspective ?? '');
    const list = map.get(key) ?? [];
    list.push(th);
    map.set(key, list);
  }
  return { mains, subs };
}

/** The choices of the shared picker: codes not yet on the theme, or the other themes. */
export function pickerOptions(request: PickRequest, themes: readonly Theme[], codes: CardContext['codes']): PickerOption[] {
  if (request.kind === 'move') return themes.filter((x) => x.id !== request.theme).map((x) => ({ id: x.id, label: x.name }));
  const on = new Set(themes.find((x) => x.id === request.theme)?.codes ?? []);
  const out: PickerOption[] = [];
  for (const c of codes.values()) if (!on.has(c.id)) out.push({ id: c.id, label: c.name, color: c.color });
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

const NONE: readonly Theme[] = [];

/**
 * Phase 3, the theme board: a column per perspective plus cross-cutting; themes and subthemes
 * made here; codes dragged from the code tree or between cards, or added and moved by keyboard
 * through ONE shared searchable picker (a select per card and per code row put every code into
 * the page once per card: 105,000 elements with 1,000 codes). Each card shows its evidence per
 * perspective and opens its segments.
 */
export function ThemeBoard(props: { screen: ScreenProps }) {
  const { t } = useI18n();
  const s = props.screen;
  const themes = useApi('GET /api/themes', {}, s.version);
  const all = themes.data ?? NONE;
  const codes = useMemo(() => new Map(s.codes.map((c) => [c.id, c])), [s.codes]);
  const [picking, setPicking] = useState<{ request: PickRequest; anchor: HTMLElement } | null>(null);

  // Cards get stable callbacks that read the latest screen and data, so memoised cards stay put.
  const latest = useRef({ s, all, codes, t });
  latest.current = { s, all, codes, t };
  const actions: BoardActions = useMemo(() => {
    const run = (action: () => Promise<string | void>) => latest.current.s.run(action);
    return {
      createTheme: (name, perspective, parent) => run(async () => void (await call('POST /api/themes', { name, perspective, parent }))),
      addCode: (id, code) => run(async () => void (await call('POST /api/themes/:id/codes', { id, code }))),
      removeCode: (id, code) => run(async () => void (await call('DELETE /api/themes/:id/codes/:code', { id, code }))),
      moveCode: (from, to, code) =>
        run(async () => {
          await call('POST /api/themes/:id/codes', { id: to, code });
          await call('DELETE /api/themes/:id/codes/:code', { id: from, code });
          const { codes: byId, all: list, t: tr } = latest.current;
          return tr('board.moved', { code: byId.get(code)?.name ?? code, theme: list.find((x) => x.id === to)?.name ?? to });
        }),
      deleteTheme: (theme) =>
        run(async () => {
          await call('DELETE /api/themes/:id', { id: theme.id });
          return latest.current.t('board.deleted', { name: theme.name });
        }),
      openReview: (theme) => latest.current.s.openReview(theme, null),
      // The same button again closes the picker (a second click toggles, as a select would).
      pick: (request, anchor) => setPicking((p) => (p?.anchor === anchor ? null : { request, anchor })),
    };
  }, []);

  // colorOf depends only on the perspective order, so it is stable while the perspectives are.
  const colorOf = useMemo(() => s.colorOf, [s.perspectives]);
  const open = picking?.request ?? null;
  const ctx: CardContext = useMemo(() => ({ codes, perspectives: s.perspectives, colorOf, actions, open }), [codes, s.perspectives, colorOf, actions, open]);
  const layout = useMemo(() => boardLayout(all), [all]);
  const close = useCallback(() => setPicking(null), []);

  const columns: { id: string | null; label: string }[] = [...s.perspectives.map((p) => ({ id: p.id, label: p.label })), { id: null, label: t('themes.crossCutting') }];
  const request = picking?.request;
  const options = useMemo(() => (request ? pickerOptions(request, all, codes) : []), [request, all, codes]);
  const nameOf = (id: string) => codes.get(id)?.name ?? id;
  return (
    <div className="screen">
      <h1 className="screen-title">{t('board.title')}</h1>
      {s.codes.length === 0 && <p className="empty">{t('board.noCodes')}</p>}
      <div className="board">
        {columns.map((col) => {
          const mains = layout.mains.get(col.id ?? '') ?? NONE;
          return (
            <section key={col.id ?? 'x'} className="board-column" aria-label={col.label} style={{ borderTopColor: s.colorOf(col.id) }}>
              <h2>{col.label}</h2>
              {mains.length === 0 && <p className="empty">{t('themes.empty')}</p>}
              {mains.map((m) => (
                <ThemeCard key={m.id} theme={m} subs={layout.subs.get(m.id) ?? NONE} ctx={ctx} />
              ))}
              <NewThemeForm label={t('board.newIn', { column: col.label })} onCreate={(name) => actions.createTheme(name, col.id, null)} />
            </section>
          );
        })}
      </div>
      {picking && request && (
        <ListPicker
          key={request.kind === 'add' ? `add:${request.theme}` : `move:${request.theme}:${request.code}`}
          title={request.kind === 'add' ? t('board.addCodeTo', { name: all.find((x) => x.id === request.theme)?.name ?? '' }) : t('board.moveCodeTo', { name: nameOf(request.code) })}
          placeholder={request.kind === 'add' ? t('board.findCode') : t('board.findTheme')}
          options={options}
          anchor={picking.anchor}
          onClose={close}
          onPick={(id) => {
            setPicking(null);
            if (request.kind === 'add') void actions.addCode(request.theme, id);
            else void actions.moveCode(request.theme, id, request.code);
          }}
        />
      )}
    </div>
  );
}
