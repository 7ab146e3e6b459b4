import type { CodeDto } from '@polyphony/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** What the picker chose: an existing code, or a name for a new one. */
export type PickResult = { kind: 'existing'; id: string } | { kind: 'new'; name: string };

/** Codes whose name contains the query (case-insensitively), the ones that start with it first. */
export function filterCodes(codes: readonly CodeDto[], query: string): CodeDto[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...codes];
  const hits = codes.filter((c) => c.name.toLocaleLowerCase().includes(q));
  return hits.sort((a, b) => Number(!a.name.toLocaleLowerCase().startsWith(q)) - Number(!b.name.toLocaleLowerCase().startsWith(q)));
}

/**
 * The searchable code picker: type to filter, ↑/↓ to move, Enter to apply. When no code has
 * exactly the typed name, the last option creates it, so coding never needs the mouse.
 */
export function CodePicker(props: { codes: CodeDto[]; quote: string; onPick(r: PickResult): void; onClose(): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => filterCodes(props.codes, query), [props.codes, query]);
  const name = query.trim();
  const exact = matches.some((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  const options: PickResult[] = [
    ...matches.map((c) => ({ kind: 'existing', id: c.id }) as const),
    ...(name && !exact ? [{ kind: 'new', name } as const] : []),
  ];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Escape') props.onClose();
    else if (e.key === 'Enter') {
      const choice = options[active];
      if (choice) props.onPick(choice);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="backdrop" onMouseDown={props.onClose}>
      <div className="picker" role="dialog" aria-modal="true" aria-label={t('picker.title')} onMouseDown={(e) => e.stopPropagation()}>
        <h2>{t('picker.title')}</h2>
        <blockquote className="picker-quote">{props.quote.length > 160 ? `${props.quote.slice(0, 160)}…` : props.quote}</blockquote>
        <input
          ref={input}
          className="picker-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="picker-options"
          aria-activedescendant={options.length ? `picker-option-${active}` : undefined}
          placeholder={t('picker.search')}
          aria-label={t('picker.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <ul id="picker-options" role="listbox" className="picker-options">
          {options.length === 0 && <li className="empty">{t('picker.none')}</li>}
          {options.map((o, i) => {
            const code = o.kind === 'existing' ? props.codes.find((c) => c.id === o.id) : undefined;
            return (
              <li
                key={o.kind === 'existing' ? o.id : 'new'}
                id={`picker-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={`picker-option${i === active ? ' active' : ''}`}
                onMouseEnter={() => setActive(i)}
                onClick={() => props.onPick(o)}
              >
                {code ? (
                  <>
                    <span className="code-dot" style={{ background: code.color }} aria-hidden="true" />
                    {code.name}
                    <span className="code-count">{code.codings}</span>
                  </>
                ) : (
                  <span className="create">＋ {t('picker.create', { name })}</span>
                )}
              </li>
            );
          })}
        </ul>
        <p className="picker-help">{t('picker.help')}</p>
      </div>
    </div>
  );
}
