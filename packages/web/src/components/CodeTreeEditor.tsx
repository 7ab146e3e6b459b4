import type { CodeDto } from '@polyphony/core';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** A change to a code from the tree's editor. */
export interface CodePatch {
  name?: string;
  description?: string;
  color?: string;
  parent?: string | null;
}

/** Ids of a code and everything below it: a code cannot move under its own descendant. */
export function descendantsOf(id: string, codes: readonly CodeDto[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) if (c.parent !== null && out.has(c.parent) && !out.has(c.id)) {
      out.add(c.id);
      grew = true;
    }
  }
  return out;
}

/** The inline editor of one code: name, description, colour, parent, and delete. */
export function CodeTreeEditor(props: {
  code: CodeDto;
  codes: CodeDto[];
  onSave(patch: CodePatch): Promise<void>;
  onDelete(): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const c = props.code;
  const [name, setName] = useState(c.name);
  const [description, setDescription] = useState(c.description);
  const [color, setColor] = useState(c.color);
  const [parent, setParent] = useState(c.parent ?? '');
  const blocked = descendantsOf(c.id, props.codes);
  return (
    <form
      className="code-editor"
      aria-label={t('codeTree.edit', { name: c.name })}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void props.onSave({ name: name.trim(), description, color, parent: parent || null });
      }}
    >
      <label>
        {t('codeTree.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <label>
        {t('codeTree.description')}
        <textarea value={description} rows={2} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="code-editor-row">
        <label>
          {t('codeTree.colour')}
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </label>
        <label>
          {t('codeTree.parent')}
          <select value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">{t('codeTree.topLevel')}</option>
            {props.codes.filter((x) => !blocked.has(x.id)).map((x) => (
              <option key={x.id} value={x.id}>{x.name}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="code-editor-row">
        <button type="submit" className="button primary">{t('codeTree.save')}</button>
        <button type="button" className="button" onClick={props.onCancel}>{t('codeTree.cancel')}</button>
        <span className="spacer" />
        <button type="button" className="button danger" onClick={() => void props.onDelete()}>
          {t('codeTree.delete')}
        </button>
      </div>
      {c.codings > 0 && <p className="hint">{t('codeTree.deleteHint', { n: c.codings })}</p>}
    </form>
  );
}
