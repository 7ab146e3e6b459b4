import { PolyphonyError, type ApiInput, type ApiOutput, type ApiRoute } from '@polyphony/core';
import type { ProjectPort } from '../project-port.js';
import { analysisHandlers } from './analysis-handlers.js';
import { exchangeHandlers } from './exchange-handlers.js';
import { computeTable, computeTriangulation, presentCodes, presentInfo, presentSource, presentSourceCodings } from './presenters.js';

/** A route's command: validated input in, contract output out. */
export type Handler<R extends ApiRoute> = (project: ProjectPort, input: ApiInput<R>) => Promise<ApiOutput<R>>;

/** Strips `undefined` so that a PATCH only touches the fields it names. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Codes with usage counts; a store without analysis data yet gets codes with zero counts. */
async function codeDtos(project: ProjectPort) {
  const codes = await project.listCodes();
  const data = await project.analysisData().catch(() => null);
  return data ? presentCodes(codes, data) : codes.map((c) => ({ ...c, codings: 0, byPerspective: {} }));
}

async function codeDto(project: ProjectPort, id: string) {
  const dto = (await codeDtos(project)).find((c) => c.id === id);
  if (!dto) throw new PolyphonyError('unknown_code', `There is no code "${id}"`);
  return dto;
}

async function themeById(project: ProjectPort, id: string) {
  const theme = (await project.listThemes()).find((t) => t.id === id);
  if (!theme) throw new PolyphonyError('unknown_theme', `There is no theme "${id}"`);
  return theme;
}

/** One command per route (STYLE.md §7): routes stay thin, every use case is here. */
export const handlers: { [R in ApiRoute]: Handler<R> } = {
  'GET /api/project': (p) => presentInfo(p),
  'PUT /api/project/phase': async (p, { phase }) => {
    await p.setPhase(phase);
    return presentInfo(p);
  },
  'GET /api/perspectives': (p) => p.listPerspectives(),
  'GET /api/cases': async (p) => (p.listCases ? p.listCases() : (await p.analysisData()).cases),
  'GET /api/participants': (p) => p.listParticipants(),
  'GET /api/sources': async (p) => {
    const [sources, participants] = await Promise.all([p.listSources(), p.listParticipants()]);
    const byId = new Map(participants.map((x) => [x.id, x]));
    return sources.map((s) => presentSource(s, byId));
  },
  'GET /api/sources/:id': (p, { id }) => p.getSource(id),
  'GET /api/sources/:id/codings': async (p, { id }) => {
    const source = await p.getSource(id);
    return (await p.listCodings({ source: source.id })).map(({ coding, segment }) => ({ coding, segment }));
  },
  'GET /api/sources/:id/lean-codings': async (p, { id }) => {
    const source = await p.getSource(id);
    return presentSourceCodings(source, await p.listCodings({ source: source.id }));
  },
  'GET /api/codes': (p) => codeDtos(p),
  'POST /api/codes': async (p, input) => codeDto(p, (await p.createCode(input)).id),
  'PATCH /api/codes/:id': async (p, { id, ...patch }) => {
    const code = await p.getCode(id);
    await p.updateCode(code.id, defined(patch));
    return codeDto(p, code.id);
  },
  'DELETE /api/codes/:id': async (p, { id }) => {
    const code = await p.getCode(id);
    await p.deleteCode(code.id);
    return { deleted: code.id };
  },
  'GET /api/codes/:id/codings': async (p, { id }) => {
    const code = await p.getCode(id);
    return (await p.listCodings({ code: code.id })).map(({ coding, segment }) => ({ coding, segment }));
  },
  'POST /api/codings': async (p, input) => {
    const { coding, segment } = await p.code(defined(input) as typeof input);
    return { coding, segment };
  },
  'DELETE /api/codings/:id': async (p, { id }) => {
    await p.uncode(id);
    return { deleted: id };
  },
  'GET /api/themes': (p) => p.listThemes(),
  'POST /api/themes': (p, input) => p.createTheme(defined(input) as typeof input),
  'PATCH /api/themes/:id': async (p, { id, ...patch }) => {
    await themeById(p, id);
    return p.updateTheme(id, defined(patch));
  },
  'POST /api/themes/:id/codes': async (p, { id, code }) => {
    await themeById(p, id);
    await p.addThemeCode(id, (await p.getCode(code)).id);
    return themeById(p, id);
  },
  'DELETE /api/themes/:id/codes/:code': async (p, { id, code }) => {
    await themeById(p, id);
    await p.removeThemeCode(id, (await p.getCode(code)).id);
    return themeById(p, id);
  },
  'GET /api/memos': (p, filter) => p.listMemos(defined(filter)),
  'POST /api/memos': (p, input) => p.addMemo(defined(input) as typeof input),
  'GET /api/journal': async (p) => (await p.listMemos({ targetKind: 'project' })).filter((m) => m.phase !== null),
  'POST /api/undo': async (p) => {
    const r = await p.undo();
    return { action: r.action, summary: r.action };
  },
  'POST /api/redo': async (p) => {
    const r = await p.redo();
    return { action: r.action, summary: r.action };
  },
  'GET /api/log': async (p, { limit }) =>
    (await p.log({ limit: limit ?? 50 })).map((e) => ({
      id: String(e.id),
      at: e.at,
      actor: e.actor,
      action: e.action,
      summary: e.entity ? `${e.entity} ${e.entityId ?? ''}`.trim() : e.action,
    })),
  'GET /api/search': async (p, { q }) => {
    const [hits, sources] = await Promise.all([p.search(q), p.listSources()]);
    const byId = new Map(sources.map((s) => [s.id, s]));
    return hits.map((h) => {
      const text = byId.get(h.source)?.text ?? '';
      // A snippet of about a line either side keeps the hit readable without sending the text.
      const from = Math.max(0, h.start - 60);
      const snippet = h.snippet ?? text.slice(from, Math.min(text.length, h.end + 60));
      return { source: h.source, sourceName: byId.get(h.source)?.name ?? h.source, start: h.start, end: h.end, snippet };
    });
  },
  'GET /api/theme-table': (p) => computeTable(p),
  'GET /api/triangulation': (p) => computeTriangulation(p),
  ...analysisHandlers,
  ...exchangeHandlers,
};
