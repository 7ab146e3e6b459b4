import { describeSegment, locateQuote, PolyphonyError, segmentParticipant, type Coding, type Segment } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { CodingTable, Q, SegmentTable } from '../db/schema.js';
import { newId } from '../db/ids.js';
import { toCoding, toSegment } from '../db/rows.js';
import { findCodeRow } from '../codes/codes.js';
import { findSourceId, findSourceRow, loadTurns } from '../sources/source-queries.js';

/** A coding request: by offsets (`start`, `end`) or by an exact `quote` that occurs once. */
export interface CodeInput {
  source: string;
  code: string;
  coder?: string;
  comment?: string;
  start?: number;
  end?: number;
  quote?: string;
}

/** Filter for {@link listCodings}: code and source by id or name. */
export interface CodingFilter {
  code?: string;
  source?: string;
  coder?: string;
}

/** Checks offsets against a text of `length` (`offsets_out_of_range`). */
export function checkRange(start: number, end: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
    throw new PolyphonyError('offsets_out_of_range', `Offsets ${start}–${end} are not a non-empty range inside the text (0–${length})`, { start, end, length });
  }
}

/**
 * Finds the anchored segment at exactly `[start, end)` of a source or creates it, so that several
 * codes (and coders) share one segment.
 */
export async function segmentAt(c: Ctx, sourceId: string, start: number, end: number): Promise<SegmentTable> {
  const found = await c.q.selectFrom('segments').selectAll()
    .where('source_id', '=', sourceId).where('start_pos', '=', start).where('end_pos', '=', end).where('status', '=', 'anchored')
    .executeTakeFirst();
  if (found) return found;
  const src = await c.q.selectFrom('sources').select(['text', 'revision']).where('id', '=', sourceId).executeTakeFirstOrThrow();
  const a = describeSegment(src.text, start, end);
  const row: SegmentTable = {
    id: newId(), source_id: sourceId, start_pos: a.start, end_pos: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix,
    revision: src.revision, status: 'anchored', participant: segmentParticipant(await loadTurns(c.q, sourceId), a.start),
  };
  await c.w.insert('segments', { ...row }, 'segment.create');
  return row;
}

/** Applies a code to a stretch of a source. A second identical coding is `already_exists`. */
export async function code(c: Ctx, input: CodeInput): Promise<{ coding: Coding; segment: Segment }> {
  const src = await findSourceRow(c.q, input.source);
  const codeRow = await findCodeRow(c.q, input.code);
  let start: number;
  let end: number;
  if (input.quote !== undefined) {
    ({ start, end } = locateQuote(src.text, input.quote));
  } else if (input.start !== undefined && input.end !== undefined) {
    checkRange(input.start, input.end, src.text.length);
    ({ start, end } = input);
  } else {
    throw new PolyphonyError('bad_input', 'Say what to code: give start and end offsets, or a quote');
  }
  const seg = await segmentAt(c, src.id, start, end);
  const coder = input.coder?.trim() || c.actor;
  await ensureCoder(c, coder);
  const dup = await c.q.selectFrom('codings').select('id').where('code_id', '=', codeRow.id).where('segment_id', '=', seg.id).where('coder', '=', coder).executeTakeFirst();
  if (dup) throw new PolyphonyError('already_exists', `"${seg.exact.slice(0, 60)}" is already coded "${codeRow.name}" by ${coder}`, { coding: dup.id });
  const row: CodingTable = { id: newId(), code_id: codeRow.id, segment_id: seg.id, coder, comment: input.comment ?? '', created_at: c.now };
  await c.w.insert('codings', { ...row }, 'coding.create');
  return { coding: toCoding(row), segment: toSegment(seg) };
}

/** Records a coder the first time they code. */
export async function ensureCoder(c: Ctx, id: string): Promise<void> {
  if (!(await c.w.get('coders', { id }))) await c.w.insert('coders', { id, name: id }, 'coder.create');
}

/** Removes a coding (`not_found` if there is none); its segment stays. */
export async function uncode(c: Ctx, codingId: string): Promise<void> {
  if (!(await c.w.delete('codings', { id: codingId }, 'coding.delete'))) {
    throw new PolyphonyError('not_found', `No coding has the id "${codingId}"`, { coding: codingId });
  }
}

/** Sets the comment of a coding. */
export async function setCodingComment(c: Ctx, codingId: string, comment: string): Promise<Coding> {
  const row = await c.w.update('codings', { id: codingId }, { comment }, 'coding.comment');
  if (!row) throw new PolyphonyError('not_found', `No coding has the id "${codingId}"`, { coding: codingId });
  const r = await c.q.selectFrom('codings').selectAll().where('id', '=', codingId).executeTakeFirstOrThrow();
  return toCoding(r);
}

/**
 * Codings in source order (source name, position), optionally filtered. A filter narrows the
 * query through an index (codings by code, segments by source) rather than after reading all.
 */
export async function listCodings(q: Q, filter: CodingFilter = {}): Promise<Coding[]> {
  let query = q.selectFrom('codings')
    .innerJoin('segments', 'segments.id', 'codings.segment_id')
    .innerJoin('sources', 'sources.id', 'segments.source_id')
    .select(['codings.id', 'codings.code_id', 'codings.segment_id', 'codings.coder', 'codings.comment', 'codings.created_at']);
  if (filter.code) query = query.where('codings.code_id', '=', (await findCodeRow(q, filter.code)).id);
  if (filter.source) query = query.where('segments.source_id', '=', await findSourceId(q, filter.source));
  if (filter.coder) query = query.where('codings.coder', '=', filter.coder);
  const rows = await query.orderBy('sources.name').orderBy('segments.start_pos').orderBy('segments.end_pos').orderBy('codings.created_at').orderBy('codings.id').execute();
  return rows.map(toCoding);
}
