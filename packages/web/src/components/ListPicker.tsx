import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** One choice in a list picker: an id, the name shown, and an optional colour dot. */
export interface PickerOption {
  id: string;
  label: string;
  color?: string;
}

/**
 * At most this many options are in the page at once. A board with 1,000 codes would otherwise
 * put 1,000 elements in the popover on every open; typing narrows the list instead.
 */
export const MAX_SHOWN = 60;

/** Options whose label contains the query (case-insensitively), those starting with it first; capped at `limit`. */
export function filterOptions(options: readonly PickerOption[], query: string, limit = MAX_SHOWN): { shown: PickerOption[]; more: number } {
  const q = query.trim().toLocaleLowerCase();
  const starts: PickerOption[] = [];
  const contains: PickerOption[] = [];
  for (const o of options) {
    const label = o.label.toLocaleLowerCase();
    if (!q || label.startsWith(q)) starts.push(o);
    else if (label.includes(q)) contains.push(o);
  }
  const all = starts.concat(contains);
  return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

/** Where the popover goes: under the button that opened it, or above when there is no room below. */
function placeNear(anchor: HTMLElement | null): React.CSSProperties {
  if (!anchor) return { top: 80, left: 16 };
  const box = anchor.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
  const below = window.innerHeight - box.bottom;
  return below >= 220 || below >= box.top ? { top: box.bottom + 4, left, width, maxHeight: below - 12 } : { bottom: window.innerHeight - box.top + 4, left, width, maxHeight: box.top - 12 };
}

/**
 * One searchable popover list, opened on demand by a button (the theme board's "Add a code…"
 * and "Move to…"). Type to filter, ↑/↓/Home/End to move, Enter to choose, Escape or a click
 * outside to cancel; focus goes back to the button that opened it. Shared by every card, so a
 * board renders no option until someone asks for one.
 */
export function ListPicker(props: {
  /** The dialog's name, e.g. "Add a code to Relief". */
  title: string;
  placeholder: string;
  options: readonly PickerOption[];
  anchor: HTMLElement | null;
  onPick(id: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const { shown, more } = useMemo(() => filterOptions(props.options, query), [props.options, query]);
  const [place] = useState(() => placeNear(props.anchor));
  const optionId = (i: number) => `${id}-option-${i}`;

  // Focus returns to the opening button however the picker closes.
  const anchor = props.anchor;
  useEffect(() => {
    input.current?.focus();
    return () => {
      if (anchor?.isConnected) anchor.focus();
    };
  }, [anchor]);
  useEffect(() => setActive(0), [query]);
  // Braces matter: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useLayoutEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });
  // A press outside the popover cancels it, as a native select would.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      // The opening button toggles the picker itself.
      if (box.current && !box.current.contains(target) && !anchor?.contains(target)) props.onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    const last = shown.length - 1;
    if (e.key === 'ArrowDown') setActive((i) => Math.min(last, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && e.ctrlKey) setActive(Math.max(0, last));
    else if (e.key === 'Escape') props.onClose();
    else if (e.key === 'Enter') {
      const choice = shown[active];
      if (choice) props.onPick(choice.id);
    } else if (e.key === 'Tab') {
      props.onClose();
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={box} className="list-picker" role="dialog" aria-label={props.title} style={place}>
      <input
        ref={input}
        className="picker-input"
        role="combobox"
        aria-expanded="true"
        aria-autocomplete="list"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown.length ? optionId(active) : undefined}
        aria-label={props.placeholder}
        placeholder={props.placeholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={props.title} className="picker-options">
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`picker-option${i === active ? ' active' : ''}`}
            onMouseEnter={() => setActive(i)}
            onClick={() => props.onPick(o.id)}
          >
            {o.color && <span className="code-dot" style={{ background: o.color }} aria-hidden="true" />}
            <span className="picker-label">{o.label}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="empty">{t('listPicker.none')}</p>}
      {more > 0 && <p className="picker-help">{t('listPicker.more', { n: more })}</p>}
    </div>
  );
}
