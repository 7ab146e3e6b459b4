import type { AnalysisData } from './analysis-data.js';
import { indexAnalysis, themesInTableOrder } from './analysis-index.js';
import { countEvidence } from './evidence.js';

/** A column of the theme table: a perspective and how many active participants it has. */
export interface ThemeTablePerspective {
  id: string;
  label: string;
  participants: number;
}

/** A row of the theme table: one theme with its evidence. */
export interface ThemeTableRow {
  /** Perspective id, or null for a cross-cutting theme. */
  perspective: string | null;
  name: string;
  level: 'main' | 'sub';
  /** The parent theme's name, or null for a main theme. */
  parent: string | null;
  definition: string;
  /** Names of the theme's own codes, in the theme's order. */
  codes: string[];
  /** Distinct coded segments carrying any of the theme's own codes (see `themeTable`). */
  segments: number;
  /** Distinct participants behind those segments. */
  participants: number;
}

/** The study's "Table 1" as data: the JSON of `polyphony table --json`. */
export interface ThemeTable {
  perspectives: ThemeTablePerspective[];
  themes: ThemeTableRow[];
}

/**
 * Computes the theme table. A perspective theme counts only segments from active participants of
 * its own perspective; a cross-cutting theme (perspective null) counts them from every active
 * participant. Subthemes count their own codes only, not their parent's or children's, so that a
 * cell shows what that theme itself rests on.
 * Order: perspectives by sort; within each, main themes each followed by its subthemes; then the
 * cross-cutting themes.
 */
export function themeTable(data: AnalysisData): ThemeTable {
  const index = indexAnalysis(data);
  const themes = themesInTableOrder(data, index);
  const evidence = countEvidence(data, index, themes);
  return {
    perspectives: index.perspectives.map((p) => ({
      id: p.id,
      label: p.label,
      participants: index.activeCount.get(p.id) ?? 0,
    })),
    themes: themes.map((t, i) => {
      const parent = t.parent === null ? undefined : index.themeById.get(t.parent);
      return {
        perspective: t.perspective,
        name: t.name,
        level: parent === undefined ? 'main' : 'sub',
        parent: parent?.name ?? null,
        definition: t.definition,
        codes: t.codes.flatMap((c) => {
          const name = index.codeName.get(c);
          return name === undefined ? [] : [name];
        }),
        segments: evidence[i]?.segments ?? 0,
        participants: evidence[i]?.participants ?? 0,
      } satisfies ThemeTableRow;
    }),
  };
}
