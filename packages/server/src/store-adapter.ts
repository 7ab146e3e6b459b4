import type { Segment } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import type { ProjectPort, StoreCoding } from './project-port.js';
import { analysisFromStore } from './analysis-adapter.js';
import { exchangeFromStore } from './exchange-adapter.js';
import { createReadCache } from './read-cache.js';

/**
 * Presents the store's `Project` as the server's `ProjectPort`. This is the one place where the
 * server meets the store's exact shapes, so that a store change is fixed here and nowhere else.
 * Whole-source reads (text, turns, codings) are remembered until the next write (the store caches
 * analysis data itself), because the workbench reloads them after every change and on every screen.
 */
export function fromStore(project: Project): ProjectPort {
  const cache = createReadCache(async () => String((await project.log({ limit: 1 }))[0]?.id ?? ''));

  /** Codings with their segments; per source without reading the whole project. */
  function listCodings(filter?: { source?: string; code?: string }): Promise<StoreCoding[]> {
    return cache.get(`codings\u0000${filter?.source ?? ''}\u0000${filter?.code ?? ''}`, async () => {
      // One source's segments (an indexed query), never the whole project's snapshot.
      const source = filter?.source === undefined ? undefined : (await getSource(filter.source)).id;
      const [list, segments] = await Promise.all([project.listCodings(filter), project.listSegments(source === undefined ? {} : { source })]);
      const byId = new Map<string, Segment>(segments.map((s) => [s.id, s]));
      return list.flatMap((coding) => {
        const segment = byId.get(coding.segment);
        return segment ? [{ coding, segment }] : [];
      });
    });
  }
  const getSource = (idOrName: string) => cache.get(`source\u0000${idOrName}`, () => project.getSource(idOrName));
  const undoSummary = (r: { actions: string[] }) => ({ action: [...new Set(r.actions)].join(', ') });

  return {
    info: () => project.info(),
    setPhase: (phase) => project.setPhase(phase),
    listPerspectives: () => project.listPerspectives(),
    listParticipants: () => project.listParticipants(),
    listCases: () => project.listCases(),
    listSources: () => cache.get('sources', async () => Promise.all((await project.listSources()).map((s) => getSource(s.id)))),
    getSource,
    listCodes: () => project.listCodes(),
    getCode: (id) => project.getCode(id),
    createCode: (input) => project.createCode(input),
    updateCode: (id, patch) => project.updateCode(id, patch),
    deleteCode: (id) => project.deleteCode(id),
    code: (input) => project.code(input),
    uncode: (id) => project.uncode(id),
    listCodings,
    listThemes: () => project.listThemes(),
    createTheme: (input) => project.createTheme(input),
    updateTheme: (id, patch) => project.updateTheme(id, patch),
    addThemeCode: (theme, code) => project.addThemeCode(theme, code),
    removeThemeCode: (theme, code) => project.removeThemeCode(theme, code),
    addMemo: (input) => project.addMemo({ ...input, targetKind: input.targetKind ?? 'project' }),
    listMemos: (filter) => project.listMemos(filter),
    undo: async () => undoSummary(await project.undo()),
    redo: async () => undoSummary(await project.redo()),
    log: (opts) => project.log(opts),
    search: async (q) => (await project.search(q)).hits,
    analysisData: () => project.analysisData(),
    ...analysisFromStore(project),
    ...exchangeFromStore(project),
  };
}
