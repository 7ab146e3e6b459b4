import { diffTexts, normaliseText, PolyphonyError, reanchorSegments, segmentParticipant, type EditRegion, type Segment, type Turn } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import { toSegment } from '../db/rows.js';
import { checkParticipants } from '../participants.js';
import { findSourceRow, loadTurns } from './source-queries.js';
import { mapTurns, replaceAll } from './text-edits.js';
import { checkTurns, deleteTurns, insertTurns } from './turns.js';

/** What a text change did to the source's segments. */
export interface ReplaceResult {
  stayed: number;
  moved: number;
  orphaned: number;
  /** Every segment after re-anchoring, with how it came through. */
  results: { segment: Segment; outcome: 'stayed' | 'moved' | 'orphan' }[];
}

/**
 * Replaces a source's text, re-anchors every segment on it in the fixed order (stayed → moved →
 * orphan; orphans are kept for review), bumps the revision and rebuilds turns and search rows.
 * Without `newTurns` the old turns are carried over through the edit regions (given, or a diff).
 */
export async function replaceSourceText(c: Ctx, idOrName: string, newTextRaw: string, newTurns?: Turn[], regions?: EditRegion[]): Promise<ReplaceResult> {
  const src = await findSourceRow(c.q, idOrName);
  const newText = normaliseText(newTextRaw);
  const oldTurns = await loadTurns(c.q, src.id);
  const turns = checkTurns(newText, newTurns ?? mapTurns(oldTurns, regions ?? diffTexts(src.text, newText)), src.participant);
  await checkParticipants(c.q, turns.map((t) => t.participant));
  const revision = src.revision + 1;
  const segRows = await c.q.selectFrom('segments').selectAll().where('source_id', '=', src.id).orderBy('start_pos').execute();
  const anchored = segRows.filter((s) => s.status === 'anchored');
  const outcomes = reanchorSegments(src.text, newText, anchored.map((s) => ({ id: s.id, start: s.start_pos, end: s.end_pos, exact: s.exact, prefix: s.prefix, suffix: s.suffix })));
  const result: ReplaceResult = { stayed: 0, moved: 0, orphaned: 0, results: [] };
  for (const o of outcomes) {
    const patch = o.outcome === 'orphan'
      ? { status: 'orphan' }
      : { start_pos: o.start, end_pos: o.end, exact: o.exact, prefix: o.prefix, suffix: o.suffix, revision, status: 'anchored', participant: segmentParticipant(turns, o.start) };
    const row = await c.w.update('segments', { id: o.id }, patch, o.outcome === 'orphan' ? 'source.segment.orphan' : 'source.segment.reanchor');
    if (o.outcome === 'stayed') result.stayed++;
    else if (o.outcome === 'moved') result.moved++;
    else result.orphaned++;
    const seg = segRows.find((s) => s.id === o.id);
    if (row && seg) result.results.push({ segment: toSegment({ ...seg, ...patch }), outcome: o.outcome });
  }
  await c.w.update('sources', { id: src.id }, { text: newText, revision, text_length: newText.length, turn_count: turns.length }, 'source.replace');
  await deleteTurns(c, src.id);
  await insertTurns(c, src.id, newText, turns, src.language === 'nb' ? 'nb' : 'en');
  return result;
}

/**
 * Replaces every occurrence of `find` in a source's text with `replaceWith`, then re-anchors as
 * {@link replaceSourceText}. `quote_not_found` if `find` does not occur.
 */
export async function findReplace(c: Ctx, idOrName: string, find: string, replaceWith: string): Promise<ReplaceResult> {
  const src = await findSourceRow(c.q, idOrName);
  const needle = normaliseText(find);
  if (!needle) throw new PolyphonyError('bad_input', 'Nothing to find: the search text is empty');
  const { text, regions } = replaceAll(src.text, needle, normaliseText(replaceWith));
  if (regions.length === 0) throw new PolyphonyError('quote_not_found', `"${needle}" does not occur in source "${src.name}"`, { source: src.name, find: needle });
  return replaceSourceText(c, src.id, text, undefined, regions);
}
