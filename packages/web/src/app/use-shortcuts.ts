import { useEffect, useRef } from 'react';

/** Whether a key press belongs to a text field (and must not trigger shortcuts). */
function inField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Global shortcuts: C codes the selection, Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes. */
export function useShortcuts(handlers: { onCode(): void; onUndo(): void; onRedo(): void; disabled: boolean }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = latest.current;
      if (h.disabled || inField(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) h.onRedo();
        else h.onUndo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        h.onRedo();
      } else if (!mod && !e.altKey && key === 'c') {
        e.preventDefault();
        h.onCode();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
