import { checkName, cleanName, isPolyphonyError, PolyphonyError, type Phase } from '@polyphony/core';
import type { Ctx } from './db/context.js';
import type { Q } from './db/schema.js';

/** A project's identity, phase and how much it holds. */
export interface ProjectInfo {
  id: string;
  name: string;
  phase: Phase;
  createdAt: string;
  counts: { perspectives: number; cases: number; participants: number; sources: number; codes: number; segments: number; codings: number; memos: number; themes: number; events: number };
}

const COUNTED = ['perspectives', 'cases', 'participants', 'sources', 'codes', 'segments', 'codings', 'memos', 'themes', 'events'] as const;

/** Whether a number is one of the six phases. */
export function isPhase(n: unknown): n is Phase {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6;
}

/** The project row and counts. */
export async function projectInfo(q: Q): Promise<ProjectInfo> {
  const p = await q.selectFrom('project').selectAll().executeTakeFirstOrThrow();
  const counts = {} as ProjectInfo['counts'];
  for (const t of COUNTED) {
    const r = await q.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    counts[t] = Number(r?.n ?? 0);
  }
  return { id: p.id, name: p.name, phase: isPhase(p.phase) ? p.phase : 1, createdAt: p.created_at, counts };
}

/**
 * A new project's name from its file's name (`study` of `study.polyphony`): cleaned by the name
 * rules, since a file name may hold what a name may not; `Project` when nothing visible is left.
 */
export function projectNameFromFile(stem: string): string {
  try {
    return cleanName('project name', stem);
  } catch (e) {
    if (isPolyphonyError(e) && e.code === 'invalid_name') return 'Project';
    throw e;
  }
}

/** Renames the project (the name rules apply: `invalid_name`). */
export async function setName(c: Ctx, name: string): Promise<void> {
  const n = checkName('project name', name);
  const p = await c.q.selectFrom('project').select('id').executeTakeFirstOrThrow();
  await c.w.update('project', { id: p.id }, { name: n }, 'project.name');
}

/** Moves the analysis to a phase (1–6); an analytic decision, so it can be undone. */
export async function setPhase(c: Ctx, phase: number): Promise<void> {
  if (!isPhase(phase)) throw new PolyphonyError('bad_input', `Phase ${phase} is not one of 1–6`);
  const p = await c.q.selectFrom('project').select('id').executeTakeFirstOrThrow();
  await c.w.update('project', { id: p.id }, { phase }, 'project.phase');
}
