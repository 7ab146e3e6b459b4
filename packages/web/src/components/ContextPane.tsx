import type { CodeDto, CodingDto, Memo, SourceCodingDto } from '@polyphony/core';
import { useI18n } from '../i18n/i18n.js';
import type { TextSelection } from '../transcript/selection.js';
import { MemoBox } from './MemoBox.js';
import { CodingEditList, type CodingActions } from './CodingPopoverList.js';
import type { ReactNode } from 'react';
import type { ReattachBanner } from '../phases/use-analysis-phases.js';

/** Where a code is used: its segments, each a link to its place in a transcript. */
export interface WhereUsed {
  code: CodeDto;
  codings: CodingDto[];
  sourceName(id: string): string;
  /** Opens the source at the segment and flashes it. */
  onJump(source: string, start: number, end: number): void;
}

/** The right-hand pane: codes on the selection, where a code is used, memos and the journal. */
export function ContextPane(props: {
  selection: TextSelection | null;
  codings: SourceCodingDto[];
  codes: CodeDto[];
  onCode(): void;
  /** Makes a code named with the selected words (in-vivo coding, shortcut V). */
  onInVivo(): void;
  codingActions: CodingActions;
  /** An orphan waiting for new text to be selected, if any. */
  reattach: ReattachBanner | null;
  /** Familiarise: the open source's participants and read-status. */
  familiarise: ReactNode;
  whereUsed: WhereUsed | null;
  memos: Memo[] | null;
  onAddMemo(text: string): Promise<void>;
  journal: Memo[];
  onAddJournal(text: string): Promise<void>;
}) {
  const { t } = useI18n();
  const sel = props.selection;
  const here = sel ? props.codings.filter((c) => c.start < sel.end && c.end > sel.start) : [];
  return (
    <aside className="context" id="context-pane" aria-label={t('context.title')}>
      {props.reattach && (
        <section className="panel-section reattach" aria-label={t('orphans.reattachTitle')}>
          <h2>{t('orphans.reattachTitle')}</h2>
          <p>{t('orphans.reattachHelp', { quote: props.reattach.exact.slice(0, 80) })}</p>
          <button type="button" className="button primary" disabled={!props.reattach.canAttach} onClick={props.reattach.attach}>{t('orphans.attachHere')}</button>
          <button type="button" className="button" onClick={props.reattach.cancel}>{t('codeTree.cancel')}</button>
        </section>
      )}
      <section className="panel-section">
        <h2>{t('context.selection')}</h2>
        {sel ? (
          <>
            <blockquote className="selection-quote">{sel.quote.length > 240 ? `${sel.quote.slice(0, 240)}…` : sel.quote}</blockquote>
            <div className="button-row">
              <button type="button" className="button primary" onClick={props.onCode}>
                {t('context.codeIt')}
              </button>
              <button type="button" className="button" onClick={props.onInVivo} title={t('invivo.help')}>
                {t('invivo.button')}
              </button>
            </div>
            <h3>{t('context.codesHere')}</h3>
            <CodingEditList codings={here} codes={props.codes} actions={props.codingActions} />
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
                <button type="button" className="where-item" onClick={() => props.whereUsed?.onJump(c.segment.source, c.segment.start, c.segment.end)}>
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
      {props.familiarise}
      {props.memos && (
        <MemoBox title="memos.title" empty="memos.empty" placeholder="memos.placeholder" add="memos.add" memos={props.memos} onAdd={props.onAddMemo} />
      )}
      <MemoBox title="journal.title" empty="journal.empty" placeholder="journal.placeholder" add="journal.add" memos={props.journal} onAdd={props.onAddJournal} />
    </aside>
  );
}
