import { PolyphonyError, type AnalysisApi, type ApiInput, type ApiOutput } from '@polyphony/core';
import type { ProjectPort } from '../project-port.js';

/** A command of one analysis route: validated input in, contract output out. */
type AnalysisHandler<R extends keyof AnalysisApi> = (project: ProjectPort, input: ApiInput<R>) => Promise<ApiOutput<R>>;

async function themeById(project: ProjectPort, id: string) {
  const theme = (await project.listThemes()).find((t) => t.id === id);
  if (!theme) throw new PolyphonyError('unknown_theme', `There is no theme "${id}"`);
  return theme;
}

async function codingWithSegment(project: ProjectPort, id: string) {
  // Codings are listed per code or source; without a filter this is every coding, which is
  // acceptable for a single edit and keeps the port free of a one-off query.
  const found = (await project.listCodings()).find((c) => c.coding.id === id);
  if (!found) throw new PolyphonyError('not_found', `No coding has the id "${id}"`, { coding: id });
  return found;
}

/** The commands of the analysis phases' routes (contract: `core/src/api/analysis-contract.ts`). */
export const analysisHandlers: { [R in keyof AnalysisApi]: AnalysisHandler<R> } = {
  'PATCH /api/codings/:id': async (p, { id, comment, code }) => {
    let current = await codingWithSegment(p, id);
    if (code !== undefined) {
      const target = await p.getCode(code);
      if (target.id !== current.coding.code) current = await p.recode(id, target.id);
    }
    if (comment !== undefined) current = { coding: await p.setCodingComment(current.coding.id, comment), segment: current.segment };
    return current;
  },
  'DELETE /api/themes/:id': async (p, { id }) => {
    await themeById(p, id);
    await p.deleteTheme(id);
    return { deleted: id };
  },
  'GET /api/themes/:id/codings': async (p, { id }) => {
    const theme = await themeById(p, id);
    const lists = await Promise.all(theme.codes.map((code) => p.listCodings({ code })));
    return lists.flat().sort((a, b) => a.segment.source.localeCompare(b.segment.source) || a.segment.start - b.segment.start);
  },
  'POST /api/themes/:id/exemplars': async (p, { id, segment }) => {
    await themeById(p, id);
    await p.addExemplar(id, segment);
    return themeById(p, id);
  },
  'DELETE /api/themes/:id/exemplars/:segment': async (p, { id, segment }) => {
    await themeById(p, id);
    await p.removeExemplar(id, segment);
    return themeById(p, id);
  },
  'GET /api/orphans': async (p) => {
    const orphans = await p.listOrphans();
    if (orphans.length === 0) return [];
    const [sources, codings] = await Promise.all([p.listSources(), p.listCodings()]);
    const names = new Map(sources.map((s) => [s.id, s.name]));
    return orphans.map((segment) => ({
      segment,
      sourceName: names.get(segment.source) ?? segment.source,
      codings: codings.filter((c) => c.segment.id === segment.id).map((c) => c.coding),
    }));
  },
  'POST /api/segments/:id/reattach': (p, { id, start, end, quote }) =>
    p.reattachSegment(id, quote !== undefined ? { quote } : { start: start ?? 0, end: end ?? 0 }),
  'DELETE /api/segments/:id': async (p, { id }) => {
    await p.deleteSegment(id);
    return { deleted: id };
  },
};
