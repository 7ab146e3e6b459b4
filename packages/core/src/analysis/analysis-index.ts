import type { Perspective, Theme } from '../model/types.js';
import type { AnalysisData } from './analysis-data.js';
import { bySortThenName } from './collator.js';

/**
 * Lookups that every computed output needs, built once from `AnalysisData`.
 *
 * Counting rule shared by all outputs: a segment is evidence only when it belongs to an *active*
 * participant. Interviewer turns and unmapped speakers (participant null) are not anyone's
 * perspective, and a withdrawn participant's words must not count even if a stale row survived.
 */
export interface AnalysisIndex {
  /** Perspectives in table order (sort, then id). */
  perspectives: Perspective[];
  /** Active participant id → their perspective id (null when they have none). */
  perspectiveOf: Map<string, string | null>;
  /** Active participant id → their case id (null when they have none). */
  caseOf: Map<string, string | null>;
  /** Perspective id → number of active participants. */
  activeCount: Map<string, number>;
  /** Code id → code name. */
  codeName: Map<string, string>;
  /** Theme id → theme. */
  themeById: Map<string, Theme>;
  /** Theme id → its direct subthemes in sort order. */
  children: Map<string, Theme[]>;
  /** For each segment index, the active participant it counts for, or null if it never counts. */
  segmentOwner: (segment: number) => string | null;
}

/** Builds the shared lookups (see `AnalysisIndex` for the counting rule). */
export function indexAnalysis(data: AnalysisData): AnalysisIndex {
  const perspectiveOf = new Map<string, string | null>();
  const caseOf = new Map<string, string | null>();
  const activeCount = new Map<string, number>();
  for (const p of data.participants) {
    if (p.status !== 'active') continue;
    perspectiveOf.set(p.id, p.perspective);
    caseOf.set(p.id, p.case);
    if (p.perspective !== null) activeCount.set(p.perspective, (activeCount.get(p.perspective) ?? 0) + 1);
  }
  const themeById = new Map(data.themes.map((t) => [t.id, t]));
  const children = new Map<string, Theme[]>();
  for (const t of [...data.themes].sort(bySortThenName)) {
    if (t.parent === null || !themeById.has(t.parent)) continue;
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const owners = data.segments.participant;
  return {
    perspectives: [...data.perspectives].sort(bySortThenName),
    perspectiveOf,
    caseOf,
    activeCount,
    codeName: new Map(data.codes.map((c) => [c.id, c.name])),
    themeById,
    children,
    segmentOwner: (segment) => {
      const p = owners[segment];
      return p != null && perspectiveOf.has(p) ? p : null;
    },
  };
}

/**
 * Themes in table order: for each group (a perspective, then cross-cutting themes last), every main
 * theme followed by its subthemes, each level by sort then name. A theme whose parent is missing is
 * treated as a main theme so that it is never lost from a table.
 */
export function themesInTableOrder(data: AnalysisData, index: AnalysisIndex): Theme[] {
  const groups: (string | null)[] = [...index.perspectives.map((p) => p.id)];
  // Themes of a perspective the project does not list still appear, before the cross-cutting ones.
  for (const t of data.themes) {
    if (t.perspective !== null && !groups.includes(t.perspective)) groups.push(t.perspective);
  }
  groups.push(null);
  const out: Theme[] = [];
  const visit = (t: Theme): void => {
    out.push(t);
    for (const c of index.children.get(t.id) ?? []) visit(c);
  };
  for (const g of groups) {
    const mains = data.themes
      .filter((t) => t.perspective === g && (t.parent === null || !index.themeById.has(t.parent)))
      .sort(bySortThenName);
    for (const m of mains) visit(m);
  }
  return out;
}

/** A theme's codes plus those of all its descendants (for evidence that draws on a whole theme). */
export function codesWithDescendants(theme: Theme, index: AnalysisIndex): string[] {
  const out = new Set<string>(theme.codes);
  const seen = new Set<string>([theme.id]);
  const stack = [...(index.children.get(theme.id) ?? [])];
  for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
    // A parent cycle in bad data must not loop forever.
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    for (const c of t.codes) out.add(c);
    stack.push(...(index.children.get(t.id) ?? []));
  }
  return [...out];
}
