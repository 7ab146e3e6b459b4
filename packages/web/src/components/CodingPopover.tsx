import type { CodeDto, SourceCodingDto } from '@polyphony/core';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { CodingEditList, type CodingActions } from './CodingPopoverList.js';

export type { CodingActions } from './CodingPopoverList.js';

/**
 * The small popover that opens on a clicked highlight: the codes on that spot, each with change
 * code, comment and remove. Escape or a click outside closes it; focus moves into it on open and
 * back to the transcript on close, so it works by keyboard too.
 */
export function CodingPopover(props: {
  codings: SourceCodingDto[];
  codes: CodeDto[];
  at: { x: number; y: number };
  actions: CodingActions;
  onClose(): void;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>('select, button, textarea')?.focus();
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) props.onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('mousedown', onDown);
      previous?.focus();
    };
    // Opening once per spot is intended: the handlers are stable for the popover's life.
  }, []);
  // Keep the box on screen at 1280×800 and at 200% zoom: clamp to the viewport.
  const left = Math.max(8, Math.min(props.at.x, window.innerWidth - 340));
  const top = Math.max(8, Math.min(props.at.y + 6, window.innerHeight - 120));
  return (
    <div
      ref={box}
      className="coding-popover"
      role="dialog"
      aria-label={t('popover.title')}
      style={{ left, top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div className="popover-head">
        <h2>{t('popover.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('popover.close')} onClick={props.onClose}>×</button>
      </div>
      <CodingEditList codings={props.codings} codes={props.codes} actions={props.actions} />
    </div>
  );
}
