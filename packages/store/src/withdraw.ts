import { PolyphonyError, type EditRegion } from '@polyphony/core';
import type { Ctx } from './db/context.js';
import type { Q } from './db/schema.js';
import { replaceSourceText } from './sources/replace-text.js';
import { loadTurns } from './sources/source-queries.js';
import { mapTurns } from './sources/text-edits.js';
import { REDACTED } from './events/tables.js';
import { deleteTurns } from './sources/turns.js';

/** What a withdrawal removed. */
export interface WithdrawResult {
  participant: string;
  sources: number;
  turns: number;
  segments: number;
  codings: number;
  memos: number;
  events: number;
}

/** The text that stands where a withdrawn participant's words were in a group transcript. */
export const WITHDRAWN_TEXT = '[withdrawn]';


async function removeSegments(c: Ctx, ids: readonly string[], removed: Set<string>, res: WithdrawResult): Promise<void> {
  for (const id of ids) {
    const codings = await c.q.selectFrom('codings').select('id').where('segment_id', '=', id).execute();
    for (const k of codings) removed.add(k.id);
    res.codings += codings.length;
    await c.q.deleteFrom('codings').where('segment_id', '=', id).execute();
    await c.q.deleteFrom('theme_exemplars').where('segment_id', '=', id).execute();
    await c.q.deleteFrom('segments').where('id', '=', id).execute();
    removed.add(id);
    res.segments++;
  }
}

async function removeMemosOn(q: Q, kind: 'source' | 'coding', ids: Set<string>, removed: Set<string>, res: WithdrawResult): Promise<void> {
  const memos = await q.selectFrom('memos').select(['id', 'target_id']).where('target_kind', '=', kind).execute();
  for (const m of memos) {
    if (m.target_id === null || !ids.has(m.target_id)) continue;
    await q.deleteFrom('memos').where('id', '=', m.id).execute();
    removed.add(m.id);
    res.memos++;
  }
}

/**
 * Removes a participant's words from the project: their own sources, their turns in group
 * sources (replaced by `[withdrawn]`, the rest re-anchored), segments, codings, exemplars and
 * memos on their words, their search rows, and the event log's copies of all of these (the one
 * sanctioned rewrite of the log). The participant stays, with status `withdrawn`, and one
 * `participant.withdraw` event records that it happened. The caller purges the file afterwards.
 */
export async function withdraw(c: Ctx, participantId: string): Promise<WithdrawResult> {
  const p = await c.q.selectFrom('participants').selectAll().where('id', '=', participantId).executeTakeFirst();
  if (!p) throw new PolyphonyError('unknown_participant', `Participant "${participantId}" is not in the project`, { participant: participantId });
  const res: WithdrawResult = { participant: p.id, sources: 0, turns: 0, segments: 0, codings: 0, memos: 0, events: 0 };
  const removed = new Set<string>();

  // Their own sources go entirely.
  const own = await c.q.selectFrom('sources').select('id').where('participant', '=', p.id).execute();
  for (const s of own) {
    const segs = await c.q.selectFrom('segments').select('id').where('source_id', '=', s.id).execute();
    await removeSegments(c, segs.map((x) => x.id), removed, res);
    res.turns += (await loadTurns(c.q, s.id)).length;
    await deleteTurns(c, s.id);
    await c.q.deleteFrom('sources').where('id', '=', s.id).execute();
    removed.add(s.id);
    res.sources++;
  }

  // In group sources their turns' words become [withdrawn]; segments touching them go.
  const groupIds = await c.q.selectFrom('turns').select('source_id').distinct().where('participant', '=', p.id).execute();
  for (const { source_id } of groupIds) {
    const src = await c.q.selectFrom('sources').select(['text']).where('id', '=', source_id).executeTakeFirstOrThrow();
    const turns = await loadTurns(c.q, source_id);
    const theirs = turns.filter((t) => t.participant === p.id);
    const segs = await c.q.selectFrom('segments').select(['id', 'start_pos', 'end_pos', 'participant']).where('source_id', '=', source_id).execute();
    const touching = segs.filter((s) => s.participant === p.id || theirs.some((t) => s.start_pos < t.end && s.end_pos > t.textStart));
    await removeSegments(c, touching.map((s) => s.id), removed, res);
    const regions: EditRegion[] = [];
    let text = '';
    let at = 0;
    for (const t of theirs) {
      text += src.text.slice(at, t.textStart);
      regions.push({ oldStart: t.textStart, oldEnd: t.end, newStart: text.length, newEnd: text.length + WITHDRAWN_TEXT.length });
      text += WITHDRAWN_TEXT;
      at = t.end;
    }
    text += src.text.slice(at);
    res.turns += theirs.length;
    await replaceSourceText(c, source_id, text, mapTurns(turns, regions));
  }

  await removeMemosOn(c.q, 'source', new Set(own.map((s) => s.id)), removed, res);
  await removeMemosOn(c.q, 'coding', removed, removed, res);

  // The log's copies of removed rows are redacted; segment events on the group sources lose
  // their context strings, which may reach 32 characters into the withdrawn words.
  const groupSet = new Set(groupIds.map((g) => g.source_id));
  const events = await c.q.selectFrom('events').select(['id', 'entity', 'entity_id', 'before', 'after']).execute();
  for (const e of events) {
    let before = e.before;
    let after = e.after;
    if (removed.has(e.entity_id)) {
      before = before === null ? null : REDACTED;
      after = after === null ? null : REDACTED;
    } else if (e.entity === 'segments') {
      const scrub = (json: string | null): string | null => {
        if (json === null || json === REDACTED) return json;
        const row = JSON.parse(json) as Record<string, unknown>;
        if (!groupSet.has(String(row['source_id']))) return json;
        return JSON.stringify({ ...row, prefix: '', suffix: '' });
      };
      before = scrub(before);
      after = scrub(after);
    }
    if (before !== e.before || after !== e.after) {
      await c.q.updateTable('events').set({ before, after }).where('id', '=', e.id).execute();
      res.events++;
    }
  }

  await c.q.updateTable('participants').set({ status: 'withdrawn' }).where('id', '=', p.id).execute();
  await c.w.note('participant.withdraw', 'participants', p.id, null, { ...res });
  return res;
}
