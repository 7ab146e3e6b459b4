import type { Memo } from '@polyphony/core';
import { useState } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

/** A list of memos (or journal entries) with a small form to add one. */
export function MemoBox(props: { title: MessageKey; empty: MessageKey; placeholder: MessageKey; add: MessageKey; memos: Memo[]; onAdd(text: string): Promise<void> }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const date = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'medium' });
  return (
    <section className="panel-section">
      <h2>{t(props.title)}</h2>
      {props.memos.length === 0 && <p className="empty">{t(props.empty)}</p>}
      <ul className="memos">
        {props.memos.map((m) => (
          <li key={m.id}>
            <time>{date.format(new Date(m.createdAt))}</time>
            <p>{m.text}</p>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void props.onAdd(text).then(() => setText(''));
        }}
      >
        <textarea value={text} onChange={(e) => setText(e.target.value)} placeholder={t(props.placeholder)} aria-label={t(props.placeholder)} rows={3} />
        <button type="submit" className="button">{t(props.add)}</button>
      </form>
    </section>
  );
}
