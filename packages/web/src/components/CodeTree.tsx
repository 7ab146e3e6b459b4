import type { CodeDto, Perspective } from '@polyphony/core';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
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

/**
 * Every code's codings plus its descendants' (a collapsed parent's total), in one walk per data
 * change rather than a recursive sum per row on every render.
 */
export function subtreeTotals(children: ReadonlyMap<string, readonly CodeDto[]>): Map<string, number> {
  const totals = new Map<string, number>();
  const visit = (c: CodeDto): number => {
    let n = c.codings;
    for (const k of children.get(c.id) ?? []) n += visit(k);
    totals.set(c.id, n);
    return n;
  };
  for (const c of children.get('') ?? []) visit(c);
  return totals;
}

/** The ids on the way from a code up to the top (itself included): the rows that show it. */
function pathOf(id: string | null, codes: ReadonlyMap<string, CodeDto>): Set<string> {
  const out = new Set<string>();
  for (let at = id; at !== null && !out.has(at); at = codes.get(at)?.parent ?? null) out.add(at);
  return out;
}

/** What every row shares; one object per data change, so that memoised rows can skip rendering. */
interface TreeShared {
  children: ReadonlyMap<string, readonly CodeDto[]>;
  totals: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, CodeDto>;
  codes: CodeDto[];
  order: string[];
  colors: string[];
  max: number;
  toggle(id: string): void;
  pick(id: string): void;
  edit(id: string | null): void;
  actions: CodeTreeActions;
}

/**
 * One code and (when open) its children. `active` and `editing` are passed only to the rows on
 * the path to the active or edited code, and `collapsed` only changes on a toggle, so a click in
 * a 1,000-code tree re-renders a handful of rows rather than all of them.
 */
const CodeNode = memo(function CodeNode(props: { code: CodeDto; depth: number; shared: TreeShared; collapsed: ReadonlySet<string>; active: string | null; editing: string | null; activePath: ReadonlySet<string>; editPath: ReadonlySet<string> }) {
  const { t } = useI18n();
  const { code: c, shared: s } = props;
  const kids = s.children.get(c.id) ?? [];
  const open = !props.collapsed.has(c.id);
  const total = open ? c.codings : (s.totals.get(c.id) ?? c.codings);
  const selected = props.active === c.id;
  const editing = props.editing === c.id;
  return (
    <li role="treeitem" aria-expanded={kids.length > 0 ? open : undefined} aria-selected={selected}>
      <div className="code-row" style={{ paddingLeft: `${props.depth * 14}px` }}>
        {kids.length > 0 ? (
          <button type="button" className="twisty" aria-label={t(open ? 'codeTree.collapse' : 'codeTree.expand', { name: c.name })} onClick={() => s.toggle(c.id)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="twisty" aria-hidden="true" />
        )}
        <button
          type="button"
          className={`code-item${selected ? ' selected' : ''}`}
          draggable
          onDragStart={(e) => e.dataTransfer.setData('application/x-polyphony-code', c.id)}
          onClick={() => s.pick(c.id)}
          title={c.description || c.name}
        >
          <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
          <span className="code-name">{c.name}</span>
          <span className="code-bars" aria-hidden="true">
            {s.order.map((p, i) => (
              <span key={p} className="code-bar" style={{ background: s.colors[i], width: `${Math.round(((c.byPerspective[p] ?? 0) / s.max) * 24)}px` }} />
            ))}
          </span>
          <span className="code-count" aria-label={t('codes.count', { n: total })}>{total}</span>
        </button>
        <button type="button" className="icon-button" aria-label={t('codeTree.edit', { name: c.name })} aria-expanded={editing} onClick={() => s.edit(editing ? null : c.id)}>
          ⋯
        </button>
      </div>
      {editing && (
        <CodeTreeEditor
          code={c}
          codes={s.codes}
          onSave={(patch) => s.actions.update(c.id, patch).then(() => s.edit(null))}
          onDelete={() => s.actions.remove(c.id).then(() => s.edit(null))}
          onCancel={() => s.edit(null)}
        />
      )}
      {kids.length > 0 && open && (
        <CodeLevel parent={c.id} depth={props.depth + 1} shared={s} collapsed={props.collapsed} active={props.active} editing={props.editing} activePath={props.activePath} editPath={props.editPath} />
      )}
    </li>
  );
});

/** One level of the tree: the top list, or a parent's group of children. */
function CodeLevel(props: { parent: string; depth: number; shared: TreeShared; collapsed: ReadonlySet<string>; active: string | null; editing: string | null; activePath: ReadonlySet<string>; editPath: ReadonlySet<string> }) {
  const { t } = useI18n();
  const top = props.depth === 0;
  return (
    <ul className={top ? 'code-tree' : 'code-tree-children'} role={top ? 'tree' : 'group'} aria-label={top ? t('codeTree.label') : undefined}>
      {(props.shared.children.get(props.parent) ?? []).map((c) => (
        <CodeNode
          key={c.id}
          code={c}
          depth={props.depth}
          shared={props.shared}
          collapsed={props.collapsed}
          active={props.activePath.has(c.id) ? props.active : null}
          editing={props.editPath.has(c.id) ? props.editing : null}
          activePath={props.activePath.has(c.id) ? props.activePath : EMPTY}
          editPath={props.editPath.has(c.id) ? props.editPath : EMPTY}
        />
      ))}
    </ul>
  );
}

const EMPTY: ReadonlySet<string> = new Set();

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
  // The parent passes new callbacks on every render; rows call the latest through these refs.
  const latest = useRef({ onPick: props.onPick, actions: props.actions });
  latest.current = { onPick: props.onPick, actions: props.actions };
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const shared: TreeShared = useMemo(() => {
    const children = childrenByParent(props.codes);
    const order = props.perspectives.map((p) => p.id);
    let max = 1;
    for (const c of props.codes) for (const n of Object.values(c.byPerspective)) if (n > max) max = n;
    return {
      children,
      totals: subtreeTotals(children),
      byId: new Map(props.codes.map((c) => [c.id, c])),
      codes: props.codes,
      order,
      colors: order.map((p) => perspectiveColor(order, p)),
      max,
      toggle,
      pick: (id) => latest.current.onPick(id),
      edit: setEditing,
      actions: {
        update: (id, patch) => latest.current.actions.update(id, patch),
        remove: (id) => latest.current.actions.remove(id),
      },
    };
  }, [props.codes, props.perspectives, toggle]);
  const activePath = useMemo(() => pathOf(props.active, shared.byId), [props.active, shared.byId]);
  const editPath = useMemo(() => pathOf(editing, shared.byId), [editing, shared.byId]);
  if (props.codes.length === 0) return <p className="empty">{t('codes.empty')}</p>;
  return <CodeLevel parent="" depth={0} shared={shared} collapsed={collapsed} active={props.active} editing={editing} activePath={activePath} editPath={editPath} />;
}
