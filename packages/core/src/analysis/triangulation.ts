import type { Relation } from '../model/types.js';
import type { AnalysisData } from './analysis-data.js';
import { codesWithDescendants, indexAnalysis, themesInTableOrder } from './analysis-index.js';
import { countEvidence, type EvidenceTarget } from './evidence.js';

/** One perspective's voice on a cross-cutting theme. */
export interface TriangulationVoice {
  /** The analyst's summary for this perspective ('' when none was written). */
  summary: string;
  segments: number;
  participants: number;
}

/** A cross-cutting theme seen from every perspective: the JSON of `polyphony triangulation --json`. */
export interface TriangulationRow {
  name: string;
  /**
   * The relation as the analyst stored it. Null means "not decided yet" and is passed on as null:
   * a relation is an analytic judgement, so it is never inferred from counts.
   */
  relation: Relation | null;
  note: string;
  /** Keyed by perspective id, every perspective of the project in table order. */
  perspectives: Record<string, TriangulationVoice>;
  /** Perspective ids with neither a summary nor any evidence, in table order. */
  silent: string[];
}

/**
 * Computes the triangulation for every cross-cutting theme (perspective null), in table order.
 * Evidence for a perspective is the distinct segments from its active participants that carry the
 * theme's own codes or the codes of the themes it draws on, including their subthemes.
 */
export function triangulation(data: AnalysisData): TriangulationRow[] {
  const index = indexAnalysis(data);
  const crossCutting = themesInTableOrder(data, index).filter((t) => t.perspective === null);
  const targets: EvidenceTarget[] = [];
  for (const theme of crossCutting) {
    const codes = new Set(theme.codes);
    for (const id of theme.drawsOn) {
      const drawn = index.themeById.get(id);
      if (drawn) for (const c of codesWithDescendants(drawn, index)) codes.add(c);
    }
    for (const p of index.perspectives) targets.push({ codes: [...codes], perspective: p.id });
  }
  const evidence = countEvidence(data, index, targets);
  const width = index.perspectives.length;
  return crossCutting.map((theme, row) => {
    const perspectives: Record<string, TriangulationVoice> = {};
    const silent: string[] = [];
    index.perspectives.forEach((p, col) => {
      const e = evidence[row * width + col] ?? { segments: 0, participants: 0 };
      const summary = theme.summaries[p.id] ?? '';
      perspectives[p.id] = { summary, segments: e.segments, participants: e.participants };
      if (summary.trim() === '' && e.segments === 0) silent.push(p.id);
    });
    return { name: theme.name, relation: theme.relation, note: theme.note, perspectives, silent };
  });
}
