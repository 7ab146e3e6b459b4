import type { CodeDto, CodingDto, Memo } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';
import type { TextSelection } from '../transcript/selection.js';
import { MemoBox } from './MemoBox.js';

/** Where a code is used: its segments, each a link to its place in a transcript. */
export interface WhereUsed {
  code: CodeDto;
  codings: CodingDto[];
  sourceName(id: string): string;
  onJump(source: string, at: number): void;
}

/** The right-hand pane: codes on the selection, where a code is used, memos and the journal. */
export function ContextPane(props: {
  selection: TextSelection | null;
  codings: CodingDto[];
  codes: CodeDto[];
  onCode(): void;
  onRemove(codingId: string): void;
  whereUsed: WhereUsed | null;
  memos: Memo[] | null;
  onAddMemo(text: string): Promise<void>;
  journal: Memo[];
  onAddJournal(text: string): Promise<void>;
}) {
  const { t } = useI18n();
  const sel = props.selection;
  const here = sel ? props.codings.filter((c) => c.segment.start < sel.end && c.segment.end > sel.start) : [];
  const codeById = new Map(props.codes.map((c) => [c.id, c]));
  return (
    <aside className="context" aria-label={t('context.title')}>
      <section className="panel-section">
        <h2>{t('context.selection')}</h2>
        {sel ? (
          <>
            <blockquote className="selection-quote">{sel.quote.length > 240 ? `${sel.quote.slice(0, 240)}…` : sel.quote}</blockquote>
            <button type="button" className="button primary" onClick={props.onCode}>
              {t('context.codeIt')}
            </button>
            <h3>{t('context.codesHere')}</h3>
            {here.length === 0 ? (
              <p className="empty">{t('context.noCodesHere')}</p>
            ) : (
              <ul className="codes-here">
                {here.map((c) => {
                  const code = codeById.get(c.coding.code);
                  return (
                    <li key={c.coding.id}>
                      <span className="code-dot" style={{ background: code?.color }} aria-hidden="true" />
                      <span className="code-name">{code?.name}</span>
                      <span className="coder">{c.coding.coder}</span>
                      <button type="button" className="link-button" aria-label={t('context.removeCode', { name: code?.name ?? '' })} onClick={() => props.onRemove(c.coding.id)}>
                        {t('context.remove')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        ) : (
          <p className="empty">{t('context.noSelection')}</p>
        )}
      </section>
      {props.whereUsed && (
        <section className="panel-section">
          <h2>{t('context.whereUsed', { name: props.whereUsed.code.name })}</h2>
          <ul className="where-used">
            {props.whereUsed.codings.map((c) => (
              <li key={c.coding.id}>
                <button type="button" className="where-item" onClick={() => props.whereUsed?.onJump(c.segment.source, c.segment.start)}>
                  <span className="where-source">
                    {c.segment.participant ?? ''} · {props.whereUsed?.sourceName(c.segment.source)}
                  </span>
                  <span className="where-quote">“{c.segment.exact.length > 140 ? `${c.segment.exact.slice(0, 140)}…` : c.segment.exact}”</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.memos && (
        <MemoBox title="memos.title" empty="memos.empty" placeholder="memos.placeholder" add="memos.add" memos={props.memos} onAdd={props.onAddMemo} />
      )}
      <MemoBox title="journal.title" empty="journal.empty" placeholder="journal.placeholder" add="journal.add" memos={props.journal} onAdd={props.onAddJournal} />
    </aside>
  );
}
