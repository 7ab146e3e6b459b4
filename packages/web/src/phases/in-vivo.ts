import { stripInvisible } from '@polyphony/core';
import { useEffect, useRef } from 'react';

/** Longest in-vivo code name in characters: a name, not a quote; the segment keeps the words. */
const MAX_NAME = 60;

/**
 * The name of an in-vivo code: the participant's own words, trimmed to whole words, without
 * surrounding punctuation and quotation marks or the invisible characters a name may not hold
 * (ADR 008), cut at a word boundary with an ellipsis.
 */
export function inVivoName(quote: string): string {
  const words = stripInvisible(quote).replace(/\s+/g, ' ').trim().replace(/^[\s"'“”‘’«»(\[]+|[\s"'“”‘’«»)\].,;:!?]+$/g, '');
  if (words.length <= MAX_NAME) return words;
  const cut = words.slice(0, MAX_NAME);
  const space = cut.lastIndexOf(' ');
  // Cutting can split an emoji or leave a joiner at the end: clean again.
  return `${stripInvisible((space > 20 ? cut.slice(0, space) : cut).replace(/[.,;:]+$/, ''))}…`;
}

/** The `v` shortcut for an in-vivo code (ignored in text fields and with modifier keys). */
export function useInVivoKey(onInVivo: () => void): void {
  const latest = useRef(onInVivo);
  latest.current = onInVivo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target;
      if (el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.key.toLowerCase() !== 'v') return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
