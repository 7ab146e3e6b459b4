import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** Which side pane is open as a drawer in a narrow window (or at 200% zoom). */
export type Drawer = 'side' | 'context' | null;

/** The drawers' state: which is open, and a class for the app that shows it. */
export interface Drawers {
  open: Drawer;
  toggle(which: Exclude<Drawer, null>): void;
  close(): void;
  className: string;
}

/** Element ids of the two panes, for the toggles' aria-controls. */
export const PANE_IDS = { side: 'side-pane', context: 'context-pane' } as const;

/**
 * Narrow windows give the transcript the width and show the sources/codes pane and the context
 * pane as drawers (CSS decides when; on wide windows the toggles are hidden and both panes stay).
 * Escape or a press outside the open drawer and its toggle closes it, as with any popover.
 */
export function useDrawers(): Drawers {
  const [open, setOpen] = useState<Drawer>(null);
  const close = useCallback(() => setOpen(null), []);
  const toggle = useCallback((which: Exclude<Drawer, null>) => setOpen((o) => (o === which ? null : which)), []);
  useEffect(() => {
    if (open === null) return;
    const pane = () => document.getElementById(PANE_IDS[open]);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      setOpen(null);
      document.querySelector<HTMLElement>(`[aria-controls="${PANE_IDS[open]}"]`)?.focus();
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element;
      if (pane()?.contains(target) || target.closest?.('.drawer-toggles')) return;
      // Popovers opened from a drawer (code picker, coding popover) sit outside it but belong to it.
      if (target.closest?.('[role="dialog"]')) return;
      setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [open]);
  return { open, toggle, close, className: open ? ` drawer-${open}` : '' };
}

/** The buttons that open the drawers; shown by CSS only when the window is narrow. */
export function DrawerToggles(props: { drawers: Drawers; context: boolean }) {
  const { t } = useI18n();
  const { open, toggle } = props.drawers;
  return (
    <div className="drawer-toggles">
      <button type="button" className="button" aria-controls={PANE_IDS.side} aria-expanded={open === 'side'} onClick={() => toggle('side')}>
        ☰ {t('layout.sidePane')}
      </button>
      {props.context && (
        <button type="button" className="button" aria-controls={PANE_IDS.context} aria-expanded={open === 'context'} onClick={() => toggle('context')}>
          {t('layout.contextPane')}
        </button>
      )}
    </div>
  );
}
