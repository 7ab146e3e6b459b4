import type { CodeDto, SourceCodingDto } from '@polyphony/core';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** What can be done to one coding: move it to another code, comment on it, or remove it. */
export interface CodingActions {
  recode(codingId: string, codeId: string): Promise<void>;
  comment(codingId: string, text: string): Promise<void>;
  remove(codingId: string): Promise<void>;
}

function CodingRow(props: { item: SourceCodingDto; codes: CodeDto[]; actions: CodingActions }) {
  const { t } = useI18n();
  const coding = props.item;
  const code = props.codes.find((c) => c.id === coding.code);
  const name = code?.name ?? coding.code;
  const [comment, setComment] = useState(coding.comment ?? '');
  const [commenting, setCommenting] = useState(false);
  return (
    <li className="coding-row">
      <div className="coding-row-head">
        <span className="code-dot" style={{ background: code?.color }} aria-hidden="true" />
        <span className="code-name">{name}</span>
        <span className="coder">{coding.coder}</span>
      </div>
      {coding.comment && !commenting && <p className="coding-comment">{coding.comment}</p>}
      <div className="coding-row-actions">
        <select aria-label={t('popover.change', { name })} value="" onChange={(e) => e.target.value && void props.actions.recode(coding.id, e.target.value)}>
          <option value="">{t('popover.changeTo')}</option>
          {props.codes.filter((c) => c.id !== coding.code).map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
        <button type="button" className="link-button" aria-expanded={commenting} aria-label={t('popover.commentOn', { name })} onClick={() => setCommenting(!commenting)}>
          {t('popover.comment')}
        </button>
        <button type="button" className="link-button" aria-label={t('context.removeCode', { name })} onClick={() => void props.actions.remove(coding.id)}>
          {t('context.remove')}
        </button>
      </div>
      {commenting && (
        <form
          className="coding-comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            void props.actions.comment(coding.id, comment.trim()).then(() => setCommenting(false));
          }}
        >
          <textarea aria-label={t('popover.commentOn', { name })} value={comment} rows={2} onChange={(e) => setComment(e.target.value)} autoFocus />
          <button type="submit" className="button">{t('popover.saveComment')}</button>
        </form>
      )}
    </li>
  );
}

/** The codings on one spot, each editable: shared by the popover and the context pane. */
export function CodingEditList(props: { codings: SourceCodingDto[]; codes: CodeDto[]; actions: CodingActions }) {
  const { t } = useI18n();
  if (props.codings.length === 0) return <p className="empty">{t('context.noCodesHere')}</p>;
  return (
    <ul className="codes-here">
      {props.codings.map((c) => (
        <CodingRow key={`${c.id}:${c.comment ?? ''}`} item={c} codes={props.codes} actions={props.actions} />
      ))}
    </ul>
  );
}
