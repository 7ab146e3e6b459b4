import { PolyphonyError, type Segment, type SegmentStatus } from '@polyphony/core';
import type { Q } from '../db/schema.js';
import { toSegment } from '../db/rows.js';
import { findSourceId } from '../sources/source-queries.js';

/** Filter for {@link listSegments}: a source by id or name, and the anchoring state. */
export interface SegmentFilter {
  source?: string;
  status?: SegmentStatus;
}

const STATUSES: readonly SegmentStatus[] = ['anchored', 'orphan'];

/**
 * Segments in source order (source name, start, end, id), optionally of one source or state.
 * A source filter reads through the `segments_source` index, so a transcript view with its
 * highlights costs its own segments, not the project's.
 */
export async function listSegments(q: Q, filter: SegmentFilter = {}): Promise<Segment[]> {
  if (filter.status !== undefined && !STATUSES.includes(filter.status)) {
    throw new PolyphonyError('bad_input', `Segment status "${String(filter.status)}" is not one of ${STATUSES.join(', ')}`);
  }
  let query = q.selectFrom('segments').innerJoin('sources', 'sources.id', 'segments.source_id').selectAll('segments');
  if (filter.source) query = query.where('segments.source_id', '=', await findSourceId(q, filter.source));
  if (filter.status) query = query.where('segments.status', '=', filter.status);
  const rows = await query.orderBy('sources.name').orderBy('segments.start_pos').orderBy('segments.end_pos').orderBy('segments.id').execute();
  return rows.map(toSegment);
}
