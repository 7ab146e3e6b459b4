import { PolyphonyError, type Memo, type MemoTargetKind } from '@polyphony/core';
import type { Ctx } from './db/context.js';
import type { MemoTable, Q } from './db/schema.js';
import { newId } from './db/ids.js';
import { toMemo } from './db/rows.js';
import { isPhase } from './project-info.js';

/** A new memo; a project memo with a `phase` is a reflexive journal entry. */
export interface NewMemo {
  targetKind: MemoTargetKind;
  targetId?: string | null;
  text: string;
  phase?: number | null;
}

/** Filter for {@link listMemos}. `journal: true` lists project memos that have a phase. */
export interface MemoFilter {
  targetKind?: MemoTargetKind;
  targetId?: string;
  phase?: number;
  journal?: boolean;
}

const TARGET_TABLES = { source: 'sources', code: 'codes', theme: 'themes', coding: 'codings' } as const;

/** Adds a memo to the project, a source, a code, a theme or a coding (which must exist). */
export async function addMemo(c: Ctx, input: NewMemo): Promise<Memo> {
  const text = input.text.trim();
  if (!text) throw new PolyphonyError('bad_input', 'A memo needs text');
  if (input.phase != null && !isPhase(input.phase)) throw new PolyphonyError('bad_input', `Phase ${input.phase} is not one of 1–6`);
  let targetId: string | null = null;
  if (input.targetKind !== 'project') {
    const table = TARGET_TABLES[input.targetKind];
    if (!table) throw new PolyphonyError('bad_input', `A memo cannot be attached to "${String(input.targetKind)}"`);
    const id = input.targetId ?? '';
    if (!(await c.w.get(table, { id }))) throw new PolyphonyError('not_found', `No ${input.targetKind} has the id "${id}"`, { targetKind: input.targetKind, targetId: id });
    targetId = id;
  }
  const row: MemoTable = { id: newId(), target_kind: input.targetKind, target_id: targetId, author: c.actor, created_at: c.now, text, phase: input.phase ?? null };
  await c.w.insert('memos', { ...row }, input.phase != null && input.targetKind === 'project' ? 'memo.journal' : 'memo.create');
  return toMemo(row);
}

/** Memos, oldest first, optionally filtered. */
export async function listMemos(q: Q, filter: MemoFilter = {}): Promise<Memo[]> {
  let query = q.selectFrom('memos').selectAll();
  if (filter.targetKind) query = query.where('target_kind', '=', filter.targetKind);
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
  if (filter.phase !== undefined) query = query.where('phase', '=', filter.phase);
  if (filter.journal) query = query.where('target_kind', '=', 'project').where('phase', 'is not', null);
  return (await query.orderBy('created_at').orderBy('id').execute()).map(toMemo);
}
