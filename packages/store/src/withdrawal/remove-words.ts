import { WITHDRAWN_MARK, type EditRegion } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { Q } from '../db/schema.js';
import { replaceSourceText } from '../sources/replace-text.js';
import { loadTurns } from '../sources/source-queries.js';
import { mapTurns } from '../sources/text-edits.js';
import { deleteTurns } from '../sources/turns.js';

/** How many rows of each kind a withdrawal removed. */
export interface RemovedCounts {
  sources: number;
  turns: number;
  segments: number;
  codings: number;
  memos: number;
}

/** What {@link removeWords} removed: counts, the ids of removed rows, and the group sources it edited. */
export interface Removal {
  counts: RemovedCounts;
  removed: Set<string>;
  groupSources: Set<string>;
}

async function removeSegments(c: Ctx, ids: readonly string[], r: Removal): Promise<void> {
  for (const id of ids) {
    const codings = await c.q.selectFrom('codings').select('id').where('segment_id', '=', id).execute();
    for (const k of codings) r.removed.add(k.id);
    r.counts.codings += codings.length;
    await c.q.deleteFrom('codings').where('segment_id', '=', id).execute();
    await c.q.deleteFrom('theme_exemplars').where('segment_id', '=', id).execute();
    await c.q.deleteFrom('segments').where('id', '=', id).execute();
    r.removed.add(id);
    r.counts.segments++;
  }
}

async function removeMemosOn(q: Q, kind: 'source' | 'coding', ids: ReadonlySet<string>, r: Removal): Promise<void> {
  const memos = await q.selectFrom('memos').select(['id', 'target_id']).where('target_kind', '=', kind).execute();
  for (const m of memos) {
    if (m.target_id === null || !ids.has(m.target_id)) continue;
    await q.deleteFrom('memos').where('id', '=', m.id).execute();
    r.removed.add(m.id);
    r.counts.memos++;
  }
}

/**
 * Removes a participant's words from the sources: their own sources entirely; in group sources
 * their turns become `[withdrawn]` and the rest is re-anchored; segments touching their words go
 * with codings, exemplars and memos on them, and so do memos on their own sources. Their search
 * rows go with the turns. Finds nothing to do for a participant withdrawn before.
 */
export async function removeWords(c: Ctx, participantId: string): Promise<Removal> {
  const r: Removal = { counts: { sources: 0, turns: 0, segments: 0, codings: 0, memos: 0 }, removed: new Set(), groupSources: new Set() };

  const own = await c.q.selectFrom('sources').select('id').where('participant', '=', participantId).execute();
  for (const s of own) {
    const segs = await c.q.selectFrom('segments').select('id').where('source_id', '=', s.id).execute();
    await removeSegments(c, segs.map((x) => x.id), r);
    r.counts.turns += (await loadTurns(c.q, s.id)).length;
    await deleteTurns(c, s.id);
    await c.q.deleteFrom('sources').where('id', '=', s.id).execute();
    r.removed.add(s.id);
    r.counts.sources++;
  }

  const groupIds = await c.q.selectFrom('turns').select('source_id').distinct().where('participant', '=', participantId).execute();
  for (const { source_id } of groupIds) {
    const src = await c.q.selectFrom('sources').select(['text']).where('id', '=', source_id).executeTakeFirstOrThrow();
    const turns = await loadTurns(c.q, source_id);
    // Turns already withdrawn (a withdrawal run again) stay as they are: no new revision.
    const theirs = turns.filter((t) => t.participant === participantId && src.text.slice(t.textStart, t.end) !== WITHDRAWN_MARK);
    if (theirs.length === 0) continue;
    r.groupSources.add(source_id);
    const segs = await c.q.selectFrom('segments').select(['id', 'start_pos', 'end_pos', 'participant']).where('source_id', '=', source_id).execute();
    const touching = segs.filter((s) => s.participant === participantId || theirs.some((t) => s.start_pos < t.end && s.end_pos > t.textStart));
    await removeSegments(c, touching.map((s) => s.id), r);
    const regions: EditRegion[] = [];
    let text = '';
    let at = 0;
    for (const t of theirs) {
      text += src.text.slice(at, t.textStart);
      regions.push({ oldStart: t.textStart, oldEnd: t.end, newStart: text.length, newEnd: text.length + WITHDRAWN_MARK.length });
      text += WITHDRAWN_MARK;
      at = t.end;
    }
    text += src.text.slice(at);
    r.counts.turns += theirs.length;
    await replaceSourceText(c, source_id, text, mapTurns(turns, regions));
    // Re-anchoring gave anchored segments new context; orphans keep theirs, which may hold words
    // of the turns just withdrawn.
    await c.q.updateTable('segments').set({ prefix: '', suffix: '' }).where('source_id', '=', source_id).where('status', '=', 'orphan').execute();
  }

  await removeMemosOn(c.q, 'source', new Set(own.map((s) => s.id)), r);
  await removeMemosOn(c.q, 'coding', r.removed, r);
  return r;
}
