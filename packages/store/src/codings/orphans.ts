import { describeSegment, locateQuote, PolyphonyError, segmentParticipant, type Segment } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { Q, SegmentTable } from '../db/schema.js';
import { toSegment } from '../db/rows.js';
import { loadTurns } from '../sources/source-queries.js';
import { checkRange } from './codings.js';

/** Where to re-attach an orphan: new offsets, or a quote that occurs once in the current text. */
export type ReattachTarget = { start: number; end: number } | { quote: string };

async function findSegment(q: Q, id: string): Promise<SegmentTable> {
  const row = await q.selectFrom('segments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new PolyphonyError('not_found', `No segment has the id "${id}"`, { segment: id });
  return row;
}

/** Segments whose text was not found after an edit, for the user to review. */
export async function listOrphans(q: Q): Promise<Segment[]> {
  const rows = await q.selectFrom('segments').selectAll().where('status', '=', 'orphan').orderBy('source_id').orderBy('start_pos').execute();
  return rows.map(toSegment);
}

/** Anchors a segment (usually an orphan) at a new place in its source's current text. */
export async function reattachSegment(c: Ctx, segmentId: string, target: ReattachTarget): Promise<Segment> {
  const seg = await findSegment(c.q, segmentId);
  const src = await c.q.selectFrom('sources').select(['text', 'revision']).where('id', '=', seg.source_id).executeTakeFirstOrThrow();
  let range: { start: number; end: number };
  if ('quote' in target) range = locateQuote(src.text, target.quote);
  else {
    checkRange(target.start, target.end, src.text.length);
    range = target;
  }
  const a = describeSegment(src.text, range.start, range.end);
  const patch = {
    start_pos: a.start, end_pos: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, revision: src.revision, status: 'anchored',
    participant: segmentParticipant(await loadTurns(c.q, seg.source_id), a.start),
  };
  await c.w.update('segments', { id: seg.id }, patch, 'segment.reattach');
  return toSegment({ ...seg, ...patch });
}

/** Deletes a segment with its codings and exemplar links. */
export async function deleteSegment(c: Ctx, segmentId: string): Promise<void> {
  const seg = await findSegment(c.q, segmentId);
  for (const r of await c.q.selectFrom('codings').select('id').where('segment_id', '=', seg.id).execute()) {
    await c.w.delete('codings', { id: r.id }, 'coding.delete');
  }
  for (const r of await c.q.selectFrom('theme_exemplars').select('theme_id').where('segment_id', '=', seg.id).execute()) {
    await c.w.delete('theme_exemplars', { theme_id: r.theme_id, segment_id: seg.id }, 'theme.exemplar.remove');
  }
  await c.w.delete('segments', { id: seg.id }, 'segment.delete');
}
