import type { Segment } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import type { ProjectPort, StoreCoding } from './project-port.js';
import { analysisFromStore } from './analysis-adapter.js';
import { exchangeFromStore } from './exchange-adapter.js';

/**
 * Presents the store's `Project` as the server's `ProjectPort`. This is the one place where the
 * server meets the store's exact shapes, so that a store change is fixed here and nowhere else.
 */
export function fromStore(project: Project): ProjectPort {
  /**
   * The store lists bare codings; the transcript needs their segments. The snapshot is the one
   * public way to read segments today, so it is filtered here.
   * TODO(store): use a `listSegments({ source })` query when the store offers one.
   */
  async function listCodings(filter?: { source?: string; code?: string }): Promise<StoreCoding[]> {
    const [list, snapshot] = await Promise.all([project.listCodings(filter), project.snapshot()]);
    const byId = new Map<string, Segment>(snapshot.segments.map((s) => [s.id, s]));
    return list.flatMap((coding) => {
      const segment = byId.get(coding.segment);
      return segment ? [{ coding, segment }] : [];
    });
  }
  const undoSummary = (r: { actions: string[] }) => ({ action: [...new Set(r.actions)].join(', ') });

  return {
    info: () => project.info(),
    setPhase: (phase) => project.setPhase(phase),
    listPerspectives: () => project.listPerspectives(),
    listParticipants: () => project.listParticipants(),
    listCases: () => project.listCases(),
    listSources: async () => Promise.all((await project.listSources()).map((s) => project.getSource(s.id))),
    getSource: (id) => project.getSource(id),
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
