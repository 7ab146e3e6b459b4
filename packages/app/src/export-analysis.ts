import type { AnalysisFile, AnalysisFileTheme, AnalysisFileTriangulation } from '@polyphony/core';
import type { Project } from '@polyphony/store';

/**
 * Writes a project's analysis back out in the analysis-file shape that `apply` reads, so a team
 * can keep its analysis under version control and a test can prove that `apply` reproduces a file
 * exactly. Codings are written by quote, with the participant whose words they are.
 */
export async function exportAnalysis(project: Project): Promise<AnalysisFile> {
  const snap = await project.snapshot();
  const { perspectives, codes, themes, sources, codings } = snap;
  const segments = new Map(snap.segments.map((s) => [s.id, s]));
  const codeName = new Map(codes.map((c) => [c.id, c.name]));
  const themeName = new Map(themes.map((t) => [t.id, t.name]));
  const sourceName = new Map(sources.map((s) => [s.id, s.name]));
  const perspectiveIds = perspectives.map((p) => p.id);

  const fileThemes: AnalysisFileTheme[] = [];
  const triangulation: AnalysisFileTriangulation[] = [];
  for (const t of themes) {
    if (t.perspective === null) {
      const drawsOn: Record<string, string[]> = {};
      for (const id of t.drawsOn) {
        const other = themes.find((x) => x.id === id);
        if (other?.perspective) (drawsOn[other.perspective] ??= []).push(other.name);
      }
      triangulation.push({
        name: t.name,
        per_perspective: Object.fromEntries(perspectiveIds.filter((p) => t.summaries[p] !== undefined).map((p) => [p, t.summaries[p]!])),
        relation: t.relation,
        note: t.note,
        ...(Object.keys(drawsOn).length ? { draws_on: drawsOn } : {}),
      });
      continue;
    }
    fileThemes.push({
      perspective: t.perspective,
      name: t.name,
      level: t.parent ? 'sub' : 'main',
      ...(t.parent ? { parent: themeName.get(t.parent) ?? t.parent } : {}),
      definition: t.definition,
      codes: t.codes.map((c) => codeName.get(c) ?? c),
      status: t.status,
      ...(t.exemplars.length ? { exemplars: t.exemplars.flatMap((id) => segments.get(id)?.exact ?? []) } : {}),
    });
  }

  return {
    dataset: snap.name,
    perspectives: perspectives.map((p) => ({ id: p.id, label: p.label })),
    codes: codes.map((c) => ({
      name: c.name,
      description: c.description,
      color: c.color,
      ...(c.parent ? { parent: codeName.get(c.parent) ?? c.parent } : {}),
    })),
    codings: codings.flatMap((c) => {
      const seg = segments.get(c.segment);
      if (!seg) return [];
      return [
        {
          participant: seg.participant ?? '',
          code: codeName.get(c.code) ?? c.code,
          quote: seg.exact,
          source: sourceName.get(seg.source) ?? seg.source,
          coder: c.coder,
          ...(c.comment ? { comment: c.comment } : {}),
        },
      ];
    }),
    themes: fileThemes,
    triangulation,
  };
}
