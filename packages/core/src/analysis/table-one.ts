import { evidenceText, tableWords, type TableLanguage, type TableWords } from './table-one-words.js';
import type { ThemeTable, ThemeTablePerspective, ThemeTableRow } from './theme-table.js';

/** A column of Table 1: one perspective. */
export interface TableOneColumn {
  perspective: string;
  label: string;
  /** Active participants of the perspective (the N of every cell below). */
  participants: number;
  /** `(n = 6)`, printed under the label on screen. */
  count: string;
  /** The header as one line: `Jobseekers (n = 6)`. */
  text: string;
}

/** A cell of Table 1: a theme's name and its evidence. */
export interface TableOneCell {
  name: string;
  segments: number;
  participants: number;
  /** Active participants of the column's perspective (the N in "k of N"). */
  of: number;
  /** `12 segments, 5 of 6 participants` (see `evidenceText`). */
  evidence: string;
  /** The cell as one line: `Wanting room — 12 segments, 5 of 6 participants`. */
  text: string;
}

/** A row of Table 1: its label, its depth and one cell per column (null where a column has no theme). */
export interface TableOneRow {
  /** 0 for a main theme row, 1 for a subtheme, 2 for a sub-subtheme, and so on. */
  level: number;
  /** `Main theme`, `Main theme 2`, `Subtheme 1`, `Subtheme 1.2`. */
  label: string;
  cells: (TableOneCell | null)[];
}

/** "Table 1" exactly as every renderer shows it (see `tableOne` for the layout rules). */
export interface TableOne {
  caption: string;
  columns: TableOneColumn[];
  rows: TableOneRow[];
  /** Names of the cross-cutting themes, in table order. */
  crossCutting: string[];
  /** The table's note naming them: `Cross-cutting themes (see the triangulation): A; B.`, or ''. */
  note: string;
}

/** A row while it is laid out: `number` is what follows "Main theme" or "Subtheme" (`2.1`). */
interface Slot {
  level: number;
  number: string;
  cells: (TableOneCell | null)[];
  subs: Slot[];
}

/**
 * Lays the computed theme table out as the study's "Table 1" — the one layout that the screen,
 * the markdown and Word reports, the CSV and the CLI render without deciding anything themselves.
 *
 * - **Columns**: the perspectives in table order (sort, then name). A perspective without themes
 *   keeps its column with empty cells: a perspective that says nothing is a finding. A theme of a
 *   perspective the project does not list gets a column of its own after them, never dropped.
 * - **Column of a theme**: its own perspective, whose participants its evidence counts. Within a
 *   column the themes form a tree by their parents. A theme whose parent is missing is a main
 *   theme; one whose parent sits in another column (another perspective, or cross-cutting) is a
 *   main theme of its own column too, after the column's own main themes.
 * - **Rows**: the k-th main theme of every column shares the row "Main theme k" (numbered only
 *   when a column has more than one). Beneath it, each subtheme is numbered by its place under its
 *   parent, and the numbers of its ancestors lead: "Subtheme 2" is the second subtheme,
 *   **"Subtheme 2.1" a sub-subtheme — the first subtheme of Subtheme 2 — in its own row directly
 *   beneath its parent's, one level deeper** (deeper levels likewise: "Subtheme 2.1.1"). A
 *   sub-subtheme is never dropped, and never flattened into a row that would misstate its level.
 *   Cells with the same number share a row; a row exists when any column has a theme there.
 *   Siblings keep the theme table's order (sort, then name).
 * - **Cross-cutting themes** (no perspective) are not a column: their evidence differs by
 *   perspective and is shown in the triangulation. Every renderer names them in the table's note.
 */
export function tableOne(table: ThemeTable, language: TableLanguage = 'en'): TableOne {
  const words = tableWords(language);
  const columns = columnsOf(table);
  const { roots, children } = treesByColumn(table, columns);

  // One slot per row, as a tree: the k-th main theme of every column fills top[k], its i-th
  // subtheme top[k].subs[i], and so on, so that columns line up by number.
  const top: Slot[] = [];
  const slotAt = (siblings: Slot[], i: number, parent: Slot | null): Slot =>
    (siblings[i] ??= {
      level: parent === null ? 0 : parent.level + 1,
      number: parent === null || parent.level === 0 ? `${i + 1}` : `${parent.number}.${i + 1}`,
      cells: columns.map(() => null),
      subs: [],
    });
  const seen = new Set<ThemeTableRow>();
  // Depth-first without recursion, so that a long chain of subthemes cannot overflow the stack.
  const walk = (main: ThemeTableRow, k: number, col: number, of: number): void => {
    const stack = [{ theme: main, slot: slotAt(top, k, null) }];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const { theme, slot } = next;
      if (seen.has(theme)) continue;
      seen.add(theme);
      slot.cells[col] = cell(theme, of, language);
      // A theme has one parent, so only the start of a parent loop can be seen already.
      const subs = (children.get(theme) ?? []).filter((sub) => !seen.has(sub));
      subs.forEach((sub, i) => stack.push({ theme: sub, slot: slotAt(slot.subs, i, slot) }));
    }
  };
  columns.forEach((column, col) => {
    const mains = roots[col] ?? [];
    mains.forEach((t, k) => walk(t, k, col, column.participants));
    // A parent loop in bad data has no main theme to start from: its first theme becomes one.
    for (const t of table.themes) {
      if (t.perspective !== column.id || seen.has(t)) continue;
      mains.push(t);
      walk(t, mains.length - 1, col, column.participants);
    }
  });

  const numberMains = roots.some((r) => r.length > 1);
  const crossCutting = table.themes.filter((t) => t.perspective === null).map((t) => t.name);
  return {
    caption: words.caption,
    columns: columns.map((c) => ({ perspective: c.id, label: c.label, participants: c.participants, count: `(n = ${c.participants})`, text: `${c.label} (n = ${c.participants})` })),
    rows: inOrder(top).map((slot) => ({ level: slot.level, label: rowLabel(slot, numberMains, words), cells: slot.cells })),
    crossCutting,
    note: crossCutting.length === 0 ? '' : `${words.crossCutting}: ${crossCutting.join('; ')}.`,
  };
}

/** The project's perspectives, then any perspective a theme names that the project does not list. */
function columnsOf(table: ThemeTable): ThemeTablePerspective[] {
  const out = [...table.perspectives];
  for (const t of table.themes) {
    if (t.perspective !== null && !out.some((p) => p.id === t.perspective)) out.push({ id: t.perspective, label: t.perspective, participants: 0 });
  }
  return out;
}

/** Per column its main themes, and each theme's subthemes in the same column (see `tableOne`). */
function treesByColumn(table: ThemeTable, columns: ThemeTablePerspective[]): { roots: ThemeTableRow[][]; children: Map<ThemeTableRow, ThemeTableRow[]> } {
  const columnOf = new Map(columns.map((c, i) => [c.id, i]));
  const byName = new Map(table.themes.map((t) => [t.name, t]));
  const roots = columns.map((): ThemeTableRow[] => []);
  const adopted = columns.map((): ThemeTableRow[] => []);
  const children = new Map<ThemeTableRow, ThemeTableRow[]>();
  for (const t of table.themes) {
    if (t.perspective === null) continue;
    const col = columnOf.get(t.perspective) ?? 0;
    const parent = t.parent === null ? undefined : byName.get(t.parent);
    if (parent === undefined || parent === t) roots[col]?.push(t);
    else if (parent.perspective !== t.perspective) adopted[col]?.push(t);
    else if (children.has(parent)) children.get(parent)?.push(t);
    else children.set(parent, [t]);
  }
  roots.forEach((mains, col) => mains.push(...(adopted[col] ?? [])));
  return { roots, children };
}

/** A theme's cell; its N is the participants of its column. */
function cell(theme: ThemeTableRow, of: number, language: TableLanguage): TableOneCell {
  const evidence = evidenceText(theme.segments, theme.participants, of, language);
  return { name: theme.name, segments: theme.segments, participants: theme.participants, of, evidence, text: `${theme.name} — ${evidence}` };
}

/** `Main theme`, `Main theme 2` (when main themes are numbered), `Subtheme 1`, `Subtheme 1.2`. */
function rowLabel(slot: Slot, numberMains: boolean, words: TableWords): string {
  if (slot.level > 0) return `${words.subtheme} ${slot.number}`;
  return numberMains ? `${words.mainTheme} ${slot.number}` : words.mainTheme;
}

/** The rows top to bottom: each slot, then its subthemes' slots (1, 1.1, 1.1.1, 1.2, 2). */
function inOrder(top: Slot[]): Slot[] {
  const out: Slot[] = [];
  const stack = [...top].reverse();
  for (let slot = stack.pop(); slot !== undefined; slot = stack.pop()) {
    out.push(slot);
    stack.push(...[...slot.subs].reverse());
  }
  return out;
}
