import { PolyphonyError, type AnalysisData, type Coding, type Segment, type Source } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import type { ProjectPort, StoreCoding } from './project-port.js';

type Method = (...args: never[]) => Promise<unknown>;

/** Calls an optional store method, or fails with a clear message when this store lacks it. */
function optional(project: object, name: string): Method {
  const fn = (project as Record<string, unknown>)[name];
  if (typeof fn !== 'function') {
    return () => Promise.reject(new PolyphonyError('conflict', `This project store does not support "${name}" yet`));
  }
  return (fn as Method).bind(project);
}

function isStoreCoding(v: unknown): v is StoreCoding {
  return typeof v === 'object' && v !== null && 'coding' in v && 'segment' in v;
}

/**
 * Presents the store's `Project` as the server's `ProjectPort`. This is the one place where the
 * server meets the store's exact shapes, so that a store change is fixed here and nowhere else.
 */
export function fromStore(project: Project): ProjectPort {
  const call = <T>(name: string, ...args: unknown[]): Promise<T> => (optional(project, name) as (...a: unknown[]) => Promise<T>)(...args);

  async function listCodings(filter?: { source?: string; code?: string }): Promise<StoreCoding[]> {
    const list: unknown[] = await call('listCodings', filter);
    if (list.every(isStoreCoding)) return list;
    // A store that lists bare codings: join them to their segments here.
    const segments: Segment[] = await call('listSegments', filter?.source === undefined ? {} : { source: filter.source });
    const byId = new Map(segments.map((s) => [s.id, s]));
    return (list as Coding[]).flatMap((coding) => {
      const segment = byId.get(coding.segment);
      return segment ? [{ coding, segment }] : [];
    });
  }

  return {
    info: () => project.info(),
    setPhase: (phase) => project.setPhase(phase),
    listPerspectives: () => project.listPerspectives(),
    listParticipants: () => project.listParticipants(),
    listCases: () => project.listCases(),
    listSources: async () => {
      const infos = await project.listSources();
      return Promise.all(infos.map((s) => project.getSource(s.id)));
    },
    getSource: (id): Promise<Source> => project.getSource(id),
    listCodes: () => project.listCodes(),
    getCode: (id) => project.getCode(id),
    createCode: (input) => project.createCode(input),
    updateCode: (id, patch) => project.updateCode(id, patch),
    deleteCode: (id) => project.deleteCode(id),
    code: (input) => project.code(input),
    uncode: (id) => project.uncode(id),
    listCodings,
    listThemes: () => call('listThemes'),
    createTheme: (input) => call('createTheme', input),
    updateTheme: (id, patch) => call('updateTheme', id, patch),
    addThemeCode: (theme, code) => call('addThemeCode', theme, code),
    removeThemeCode: (theme, code) => call('removeThemeCode', theme, code),
    addMemo: (input) => call('addMemo', input),
    listMemos: (filter) => call('listMemos', filter),
    undo: () => call('undo'),
    redo: () => call('redo'),
    log: (opts) => call('log', opts),
    search: (q) => call('search', q),
    analysisData: (): Promise<AnalysisData> => call('analysisData'),
  };
}
