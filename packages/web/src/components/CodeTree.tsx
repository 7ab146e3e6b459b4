import type { CodeDto, Perspective } from '@polyphony/core';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

/** The ids on the way from a code up to the top (itself excluded): the parents that must be open to show it. */
function ancestorsOf(id: string, codes: ReadonlyMap<string, CodeDto>): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let at = codes.get(id)?.parent ?? null; at !== null && !seen.has(at) && codes.has(at); at = codes.get(at)?.parent ?? null) {
    seen.add(at);
    out.push(at);
  }
  return out;
}

/** One line of the flattened tree: a code shown because all its parents are open. */
export interface TreeRow {
  code: CodeDto;
  depth: number;
  hasKids: boolean;
  /** Position among its siblings (1-based) and their number, for aria-posinset/setsize. */
  pos: number;
  size: number;
}

/** The shown rows in display order: children follow their parent unless it is collapsed. */
export function visibleRows(children: ReadonlyMap<string, readonly CodeDto[]>, collapsed: ReadonlySet<string>): TreeRow[] {
  const out: TreeRow[] = [];
  // An explicit stack rather than recursion: 1,000 codes may nest deeply in imported studies.
  const stack: { parent: string; depth: number; at: number }[] = [{ parent: '', depth: 0, at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const list = top ? (children.get(top.parent) ?? []) : [];
    const code = top ? list[top.at] : undefined;
    if (!top || !code) {
      stack.pop();
      continue;
    }
    top.at += 1;
    const kids = children.get(code.id) ?? [];
    out.push({ code, depth: top.depth, hasKids: kids.length > 0, pos: top.at, size: list.length });
    if (kids.length > 0 && !collapsed.has(code.id)) stack.push({ parent: code.id, depth: top.depth + 1, at: 0 });
  }
  return out;
}

/** Whether two codes would draw the same row (the API returns fresh objects on every reload). */
function sameCode(a: CodeDto, b: CodeDto): boolean {
  if (a.id !== b.id || a.name !== b.name || a.description !== b.description || a.color !== b.color || a.parent !== b.parent || a.codings !== b.codings) return false;
  const ka = Object.keys(a.byPerspective);
  if (ka.length !== Object.keys(b.byPerspective).length) return false;
  return ka.every((k) => a.byPerspective[k] === b.byPerspective[k]);
}

/**
 * The codes with the previous objects kept where nothing shown changed, and the previous array
 * kept when no code changed: the codes list reloads after every coding, and without this each
 * reload would redraw the whole tree even though at most a count or two differ.
 */
function useStableCodes(codes: CodeDto[]): CodeDto[] {
  const prev = useRef<CodeDto[]>(codes);
  if (prev.current === codes) return codes;
  const old = new Map(prev.current.map((c) => [c.id, c]));
  let changed = codes.length !== prev.current.length;
  const next = codes.map((c, i) => {
    const o = old.get(c.id);
    if (o && sameCode(o, c)) {
      if (prev.current[i] !== o) changed = true;
      return o;
    }
    changed = true;
    return c;
  });
  // Written during render on purpose: the comparison is pure, and the result must be ready now.
  if (changed) prev.current = next;
  return prev.current;
}

/** What the bars of every row share; changes only with the perspectives or the largest count. */
interface Bars {
  order: string[];
  colors: string[];
  max: number;
}

/** Stable callbacks for every row, so that memoised rows skip rendering when only others change. */
interface RowHandlers {
  toggle(id: string): void;
  pick(id: string): void;
  edit(id: string | null): void;
  actions: CodeTreeActions;
}

/** Height of one row in pixels; fixed (set on the row) so the window can be computed without measuring. */
export const ROW_HEIGHT = 30;
/** Rows drawn above and below the visible ones, so fast scrolling and Tab reach drawn rows. */
const OVERSCAN = 10;
/** Height assumed before the container is measured (and in jsdom, which does not lay out). */
const DEFAULT_VIEWPORT = 600;

/**
 * One code's row. Memoised on primitives and stable objects: a click or a coding re-renders only
 * the rows whose selection, count or editor changed.
 */
const CodeRow = memo(function CodeRow(props: { row: TreeRow; open: boolean; total: number; selected: boolean; editing: boolean; bars: Bars; handlers: RowHandlers; codes: CodeDto[] | null }) {
  const { t } = useI18n();
  const { row, bars: b, handlers: h } = props;
  const c = row.code;
  return (
    <li role="treeitem" aria-level={row.depth + 1} aria-posinset={row.pos} aria-setsize={row.size} aria-expanded={row.hasKids ? props.open : undefined} aria-selected={props.selected} data-code-id={c.id}>
      <div className="code-row" style={{ paddingLeft: `${row.depth * 14}px`, height: `${ROW_HEIGHT}px`, boxSizing: 'border-box', overflow: 'hidden' }}>
        {row.hasKids ? (
          <button type="button" className="twisty" aria-label={t(props.open ? 'codeTree.collapse' : 'codeTree.expand', { name: c.name })} onClick={() => h.toggle(c.id)}>
            {props.open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="twisty" aria-hidden="true" />
        )}
        <button
          type="button"
          className={`code-item${props.selected ? ' selected' : ''}`}
          draggable
          onDragStart={(e) => e.dataTransfer.setData('application/x-polyphony-code', c.id)}
          onClick={() => h.pick(c.id)}
          title={c.description || c.name}
        >
          <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
          <span className="code-name">{c.name}</span>
          <span className="code-bars" aria-hidden="true">
            {b.order.map((p, i) => (
              <span key={p} className="code-bar" style={{ background: b.colors[i], width: `${Math.round(((c.byPerspective[p] ?? 0) / b.max) * 24)}px` }} />
            ))}
          </span>
          <span className="code-count" aria-label={t('codes.count', { n: props.total })}>{props.total}</span>
        </button>
        <button type="button" className="icon-button" aria-label={t('codeTree.edit', { name: c.name })} aria-expanded={props.editing} onClick={() => h.edit(props.editing ? null : c.id)}>
          ⋯
        </button>
      </div>
      {props.editing && props.codes && (
        <CodeTreeEditor
          code={c}
          codes={props.codes}
          onSave={(patch) => h.actions.update(c.id, patch).then(() => h.edit(null))}
          onDelete={() => h.actions.remove(c.id).then(() => h.edit(null))}
          onCancel={() => h.edit(null)}
        />
      )}
    </li>
  );
});

/** Props of the memoised tree body: everything stable unless something it shows changed. */
interface TreeBodyProps {
  codes: CodeDto[];
  perspectives: Perspective[];
  active: string | null;
  handlers: RowHandlers;
  collapsed: ReadonlySet<string>;
  setCollapsed(next: (s: ReadonlySet<string>) => ReadonlySet<string>): void;
  editing: string | null;
}

/**
 * The windowed tree: one flat list of the shown rows (ARIA levels instead of nested groups), of
 * which only those in its own scroll container, plus an overscan, are in the DOM; spacers above
 * and below keep the scrollbar true. A 1,000-code tree thus costs ~40 rows rather than 12,000
 * elements on every open.
 */
const TreeBody = memo(function TreeBody(props: TreeBodyProps) {
  const { t } = useI18n();
  const { codes, collapsed, setCollapsed } = props;
  const children = useMemo(() => childrenByParent(codes), [codes]);
  const totals = useMemo(() => subtreeTotals(children), [children]);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const rows = useMemo(() => visibleRows(children, collapsed), [children, collapsed]);
  const bars: Bars = useMemo(() => {
    const order = props.perspectives.map((p) => p.id);
    let max = 1;
    for (const c of codes) for (const n of Object.values(c.byPerspective)) if (n > max) max = n;
    return { order, colors: order.map((p) => perspectiveColor(order, p)), max };
  }, [codes, props.perspectives]);
  // Keep the same object while the values agree, so that rows keep skipping renders.
  const barsRef = useRef(bars);
  if (barsRef.current.max !== bars.max || barsRef.current.order.join() !== bars.order.join()) barsRef.current = bars;
  const stableBars = barsRef.current;

  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : DEFAULT_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A code selected from elsewhere (a highlight, the context pane) must be visible in the tree:
  // open its parents, then scroll its row into view if it is outside the container's view.
  const active = props.active;
  useEffect(() => {
    if (active === null || !byId.has(active)) return;
    const closed = ancestorsOf(active, byId).filter((id) => collapsed.has(id));
    if (closed.length > 0) {
      setCollapsed((s) => {
        const next = new Set(s);
        for (const id of closed) next.delete(id);
        return next;
      });
      return;
    }
    const index = rows.findIndex((r) => r.code.id === active);
    if (index < 0) return;
    const el = scroller.current;
    const top = index * ROW_HEIGHT;
    const current = el ? el.scrollTop : scrollTop;
    if (top >= current && top + ROW_HEIGHT <= current + viewport) return;
    const target = Math.max(0, top - Math.floor((viewport - ROW_HEIGHT) / 2));
    if (el) el.scrollTop = target;
    // Set directly too: the scroll event comes a frame later (and never in jsdom).
    setScrollTop(target);
    // Only a change of selection scrolls; scrolling away afterwards is the user's choice.
    // (collapsed, byId, viewport and scrollTop are read but deliberately not dependencies.)
  }, [active, rows]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  return (
    <div className="code-tree-scroll" ref={scroller} style={{ maxHeight: '70vh', overflowY: 'auto' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul className="code-tree" role="tree" aria-label={t('codeTree.label')}>
        {first > 0 && <li role="none" aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />}
        {rows.slice(first, last).map((row) => {
          const id = row.code.id;
          const open = !collapsed.has(id);
          const editing = props.editing === id;
          return (
            <CodeRow
              key={id}
              row={row}
              open={open}
              total={open ? row.code.codings : (totals.get(id) ?? row.code.codings)}
              selected={active === id}
              editing={editing}
              bars={stableBars}
              handlers={props.handlers}
              codes={editing ? codes : null}
            />
          );
        })}
        {last < rows.length && <li role="none" aria-hidden="true" style={{ height: `${(rows.length - last) * ROW_HEIGHT}px` }} />}
      </ul>
    </div>
  );
});

/**
 * The code tree: parents and children (collapsible), counts per perspective as small bars in the
 * perspective colours, and a per-code editor to rename, describe, recolour, move under a parent or
 * delete (undoable). Clicking a code shows where it is used; codes can be dragged onto theme cards.
 * Only the rows in view are drawn, and a reload of the codes that changes no shown value does not
 * redraw it.
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
  const handlers: RowHandlers = useMemo(
    () => ({
      toggle: (id) =>
        setCollapsed((s) => {
          const next = new Set(s);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
      pick: (id) => latest.current.onPick(id),
      edit: setEditing,
      actions: {
        update: (id, patch) => latest.current.actions.update(id, patch),
        remove: (id) => latest.current.actions.remove(id),
      },
    }),
    [],
  );
  const codes = useStableCodes(props.codes);
  if (codes.length === 0) return <p className="empty">{t('codes.empty')}</p>;
  return <TreeBody codes={codes} perspectives={props.perspectives} active={props.active} handlers={handlers} collapsed={collapsed} setCollapsed={setCollapsed} editing={editing} />;
}
