import type { ThemeTable } from '@polyphony/core';

/** A theme row of the computed table. */
export type TableTheme = ThemeTable['themes'][number];

/** One printed row of Table 1: its label and one cell (or nothing) per perspective. */
export interface LayoutRow {
  kind: 'main' | 'sub';
  /** 0 for the main theme row, 1.. for subtheme rows. */
  index: number;
  cells: (TableTheme | null)[];
}

/**
 * Lays the theme table out like a paper's Table 1: for each main theme position, a "Main theme"
 * row and as many "Subtheme n" rows as the perspective with the most subthemes needs; a column per
 * perspective. Cross-cutting themes belong to the triangulation and are left out.
 */
export function tableLayout(table: ThemeTable): LayoutRow[] {
  const columns = table.perspectives.map((p) => {
    const own = table.themes.filter((t) => t.perspective === p.id);
    return own.filter((t) => t.level === 'main').map((main) => ({ main, subs: own.filter((t) => t.level === 'sub' && t.parent === main.name) }));
  });
  const groups = Math.max(0, ...columns.map((c) => c.length));
  const rows: LayoutRow[] = [];
  for (let g = 0; g < groups; g++) {
    rows.push({ kind: 'main', index: 0, cells: columns.map((c) => c[g]?.main ?? null) });
    const subs = Math.max(0, ...columns.map((c) => c[g]?.subs.length ?? 0));
    for (let s = 0; s < subs; s++) rows.push({ kind: 'sub', index: s + 1, cells: columns.map((c) => c[g]?.subs[s] ?? null) });
  }
  return rows;
}
