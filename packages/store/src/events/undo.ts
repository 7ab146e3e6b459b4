import { PolyphonyError } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { BatchTable, Q } from '../db/schema.js';
import { isAnalyticAction, isLoggedTable, REDACTED, TABLE_KEYS, type Row } from './tables.js';

/** What an undo or redo reverted. */
export interface UndoResult {
  /** The batch that was reverted. */
  batch: string;
  /** Its actions, in the order they were first done. */
  actions: string[];
}

/** The batch `undo()` would revert: the latest analytic action (or redo) not yet undone. */
export async function undoTarget(q: Q): Promise<BatchTable> {
  const b = await q.selectFrom('batches').selectAll().where('analytic', '=', 1).where('undone', '=', 0)
    .where('kind', 'in', ['do', 'redo']).orderBy('seq', 'desc').executeTakeFirst();
  if (!b) throw new PolyphonyError('nothing_to_undo', 'There is nothing to undo');
  return b;
}

/**
 * The batch `redo()` would revert: the latest undo not yet redone, unless a new analytic action
 * came after it (a new action ends the redo chain, as in every editor).
 */
export async function redoTarget(q: Q): Promise<BatchTable> {
  const b = await q.selectFrom('batches').selectAll().where('kind', '=', 'undo').where('undone', '=', 0).orderBy('seq', 'desc').executeTakeFirst();
  const lastDo = await q.selectFrom('batches').select((eb) => eb.fn.max('seq').as('m')).where('kind', '=', 'do').where('analytic', '=', 1).executeTakeFirst();
  if (!b || Number(lastDo?.m ?? 0) > b.seq) throw new PolyphonyError('nothing_to_redo', 'There is nothing to redo');
  return b;
}

function parse(json: string | null): Row | null {
  return json === null ? null : (JSON.parse(json) as Row);
}

/**
 * Reverts the analytic events of a batch, newest first, by restoring each row's before copy
 * through the write layer — so the revert is itself logged. `conflict` if a row changed since
 * in a way that cannot be restored (e.g. its source was withdrawn).
 */
export async function revertBatch(c: Ctx, target: BatchTable, kind: 'undo' | 'redo'): Promise<UndoResult> {
  const events = await c.q.selectFrom('events').selectAll().where('batch', '=', target.id).orderBy('id', 'desc').execute();
  const actions: string[] = [];
  for (const e of events) {
    if (!isAnalyticAction(e.action) || !isLoggedTable(e.entity)) continue;
    // Rows removed by a withdrawal stay removed: their copies in the log were redacted.
    if (e.before === REDACTED || e.after === REDACTED) continue;
    const table = e.entity;
    const before = parse(e.before);
    const after = parse(e.after);
    const action = `${e.action.replace(/\.(undo|redo)$/, '')}.${kind}`;
    const keyRow = after ?? before;
    if (!keyRow) continue;
    const key: Row = {};
    for (const k of TABLE_KEYS[table]) key[k] = keyRow[k] ?? null;
    try {
      if (!before) await c.w.delete(table, key, action);
      else if (!after) await c.w.insert(table, before, action);
      else if (!(await c.w.update(table, key, before, action))) throw new Error('row is gone');
    } catch (err) {
      throw new PolyphonyError('conflict', `Cannot ${kind} "${e.action}" on ${table} ${e.entity_id}: it changed since (${err instanceof Error ? err.message : String(err)})`, { event: e.id });
    }
    actions.unshift(e.action);
  }
  await c.q.updateTable('batches').set({ undone: 1 }).where('id', '=', target.id).execute();
  return { batch: target.id, actions };
}
