import type Database from 'better-sqlite3';
import type { AnalysisData } from '@polyphony/core';

/**
 * SQLite only: the segment and coding columns of {@link AnalysisData} read with raw prepared
 * statements in array mode. The theme table over 100,000 codings must finish under 100 ms end to
 * end; building row objects through the query builder costs more than the query itself.
 */
export function analysisColumns(db: Database.Database): Pick<AnalysisData, 'segments' | 'codings'> {
  const segRows = db.prepare("SELECT id, participant, source_id FROM segments WHERE status = 'anchored'").raw(true).all() as [string, string | null, string][];
  const segments: AnalysisData['segments'] = { id: new Array<string>(segRows.length), participant: new Array<string | null>(segRows.length), source: new Array<string>(segRows.length) };
  const index = new Map<string, number>();
  for (let i = 0; i < segRows.length; i++) {
    const [id, participant, source] = segRows[i] as [string, string | null, string];
    segments.id[i] = id;
    segments.participant[i] = participant;
    segments.source[i] = source;
    index.set(id, i);
  }
  const codingRows = db.prepare('SELECT segment_id, code_id, coder FROM codings').raw(true).all() as [string, string, string][];
  const codings: AnalysisData['codings'] = { segment: [], code: [], coder: [] };
  for (const [seg, code, coder] of codingRows) {
    const i = index.get(seg);
    if (i === undefined) continue; // a coding on an orphan segment is not evidence until re-attached
    codings.segment.push(i);
    codings.code.push(code);
    codings.coder.push(coder);
  }
  return { segments, codings };
}
