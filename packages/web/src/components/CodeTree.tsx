import type { CodeDto, Perspective } from '@polyphony/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { perspectiveColor } from '../util/colors.js';
import { CodeTreeEditor, type CodePatch } from './CodeTreeEditor.js';

/** What the tree can change: each one API call followed by a reload (and an undo step). */
export interface CodeTreeActions {
  update(id: string, patch: CodePatch): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Children by parent id ('' for top level), each list by name: the tree's shape. */
export function childrenByParent(codes: readonly CodeDto[]): Map<string, CodeDto[]> {
  const ids = new Set(codes.map((c) => c.id));
  const map = new Map<string, CodeDto[]>();
  for (const c of codes) {
    // A parent that is not in the list (deleted, filtered) would hide the code: show it on top.
    const key = c.parent !== null && ids.has(c.parent) ? c.parent : '';
    const list = map.get(key) ?? [];
    list.push(c);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return map;
}

/** A code's own codings plus its descendants', for a collapsed parent's total. */
function subtreeTotal(id: string, children: Map<string, CodeDto[]>, own: number): number {
  return own + (children.get(id) ?? []).reduce((n, c) => n + subtreeTotal(c.id, children, c.codings), 0);
}

/**
 * The code tree: parents and children (collapsible), counts per perspective as small bars in the
 * perspective colours, and a per-code editor to rename, describe, recolour, move under a parent or
 * delete (undoable). Clicking a code shows where it is used; codes can be dragged onto theme cards.
 */
export function CodeTree(props: {
  codes: CodeDto[];
  perspectives: Perspective[];
  active: string | null;
  onPick(id: string): void;
  actions: CodeTreeActions;
}) {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const children = useMemo(() => childrenByParent(props.codes), [props.codes]);
  const order = props.perspectives.map((p) => p.id);
  const max = Math.max(1, ...props.codes.flatMap((c) => Object.values(c.byPerspective)));
  if (props.codes.length === 0) return <p className="empty">{t('codes.empty')}</p>;

  const toggle = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderLevel = (parent: string, depth: number) => (
    <ul className={depth === 0 ? 'code-tree' : 'code-tree-children'} role={depth === 0 ? 'tree' : 'group'} aria-label={depth === 0 ? t('codeTree.label') : undefined}>
      {(children.get(parent) ?? []).map((c) => {
        const kids = children.get(c.id) ?? [];
        const open = !collapsed.has(c.id);
        const total = open ? c.codings : subtreeTotal(c.id, children, c.codings);
        return (
          <li key={c.id} role="treeitem" aria-expanded={kids.length > 0 ? open : undefined} aria-selected={props.active === c.id}>
            <div className="code-row" style={{ paddingLeft: `${depth * 14}px` }}>
              {kids.length > 0 ? (
                <button type="button" className="twisty" aria-label={t(open ? 'codeTree.collapse' : 'codeTree.expand', { name: c.name })} onClick={() => toggle(c.id)}>
                  {open ? '▾' : '▸'}
                </button>
              ) : (
                <span className="twisty" aria-hidden="true" />
              )}
              <button
                type="button"
                className={`code-item${props.active === c.id ? ' selected' : ''}`}
                draggable
                onDragStart={(e) => e.dataTransfer.setData('application/x-polyphony-code', c.id)}
                onClick={() => props.onPick(c.id)}
                title={c.description || c.name}
              >
                <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
                <span className="code-name">{c.name}</span>
                <span className="code-bars" aria-hidden="true">
                  {order.map((p) => (
                    <span key={p} className="code-bar" style={{ background: perspectiveColor(order, p), width: `${Math.round(((c.byPerspective[p] ?? 0) / max) * 24)}px` }} />
                  ))}
                </span>
                <span className="code-count" aria-label={t('codes.count', { n: total })}>{total}</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('codeTree.edit', { name: c.name })}
                aria-expanded={editing === c.id}
                onClick={() => setEditing(editing === c.id ? null : c.id)}
              >
                ⋯
              </button>
            </div>
            {editing === c.id && (
              <CodeTreeEditor
                code={c}
                codes={props.codes}
                onSave={(patch) => props.actions.update(c.id, patch).then(() => setEditing(null))}
                onDelete={() => props.actions.remove(c.id).then(() => setEditing(null))}
                onCancel={() => setEditing(null)}
              />
            )}
            {kids.length > 0 && open && renderLevel(c.id, depth + 1)}
          </li>
        );
      })}
    </ul>
  );
  return renderLevel('', 0);
}
