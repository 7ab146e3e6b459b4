import type Database from 'better-sqlite3';
import type { AnalysisData } from '@polyphony/core';

type Column = Database.Statement<[], string | null>;
type Packed = Database.Statement<[], (string | null)[]>;

/** The statements of one connection, prepared once. */
interface ColumnStatements {
  segmentsPacked: Packed;
  codingsPacked: Packed;
  segmentId: Column;
  segmentParticipant: Column;
  segmentSource: Column;
  codingSegment: Column;
  codingCode: Column;
  codingCoder: Column;
}

const cache = new WeakMap<Database.Database, ColumnStatements>();

// The columns are read in rowid order so that codings keep their order of creation.
const ANCHORED = "FROM segments WHERE status = 'anchored' ORDER BY rowid";
const CODINGS = 'FROM codings ORDER BY rowid';
// Unit separator: ids are typed or generated names, never control characters; a value that does
// contain it changes the count of parts, which sends the read to the per-row fallback.
const SEP = '\u001f';

function statements(db: Database.Database): ColumnStatements {
  let s = cache.get(db);
  if (!s) {
    const col = (sql: string): Column => db.prepare<[], string | null>(sql).pluck();
    // The ORDER BY sits in the subquery: inside group_concat it sorts each column again (ten
    // times slower). SQLite does not flatten an ordered subquery into an aggregate, so the scan
    // order holds. Null participants become '' (participant ids are never empty): group_concat
    // skips nulls, which would shift the column.
    const packed = (sql: string): Packed => db.prepare<[], (string | null)[]>(sql).raw();
    s = {
      segmentsPacked: packed(
        `SELECT count(*), group_concat(id, char(31)), group_concat(ifnull(participant, ''), char(31)), group_concat(source_id, char(31)) ` +
          `FROM (SELECT id, participant, source_id ${ANCHORED})`,
      ),
      codingsPacked: packed(
        `SELECT count(*), group_concat(segment_id, char(31)), group_concat(code_id, char(31)), group_concat(coder, char(31)) ` +
          `FROM (SELECT segment_id, code_id, coder ${CODINGS})`,
      ),
      segmentId: col(`SELECT id ${ANCHORED}`),
      segmentParticipant: col(`SELECT participant ${ANCHORED}`),
      segmentSource: col(`SELECT source_id ${ANCHORED}`),
      codingSegment: col(`SELECT segment_id ${CODINGS}`),
      codingCode: col(`SELECT code_id ${CODINGS}`),
      codingCoder: col(`SELECT coder ${CODINGS}`),
    };
    cache.set(db, s);
  }
  return s;
}

/**
 * Unpacks one row of `count, column, column, …` (each column joined by {@link SEP}); null when a
 * value held the separator or the text was too large, so the caller reads the columns row by row.
 */
function unpack(stmt: Packed): string[][] | null {
  let row: (string | null)[] | undefined;
  try {
    row = stmt.get();
  } catch {
    return null; // SQLITE_TOOBIG on a project far beyond the sizes we measure: read row by row
  }
  if (!row) return null;
  const count = Number(row[0]);
  const columns: string[][] = [];
  for (let c = 1; c < row.length; c++) {
    const parts = count === 0 ? [] : (row[c] ?? '').split(SEP);
    if (parts.length !== count) return null;
    columns.push(parts);
  }
  return columns;
}

/**
 * SQLite only: the segment and coding columns of {@link AnalysisData}. The theme table over
 * 100,000 codings must finish under 100 ms end to end, including the first read after opening
 * and after each write. Stepping 100,000 rows through better-sqlite3 cost more than the query:
 * each table is therefore read in one statement returning one joined string per column, split
 * in JS. Must run inside one read transaction so that segments and codings agree.
 */
export function analysisColumns(db: Database.Database): Pick<AnalysisData, 'segments' | 'codings'> {
  const s = statements(db);
  const segs = unpack(s.segmentsPacked);
  const segments: AnalysisData['segments'] = segs
    ? { id: segs[0] as string[], participant: (segs[1] as string[]).map((p) => (p === '' ? null : p)), source: segs[2] as string[] }
    : { id: s.segmentId.all() as string[], participant: s.segmentParticipant.all(), source: s.segmentSource.all() as string[] };
  const index = new Map<string, number>();
  for (let i = 0; i < segments.id.length; i++) index.set(segments.id[i] as string, i);
  const cols = unpack(s.codingsPacked);
  const segmentIds = cols ? (cols[0] as string[]) : (s.codingSegment.all() as string[]);
  const codes = cols ? (cols[1] as string[]) : (s.codingCode.all() as string[]);
  const coders = cols ? (cols[2] as string[]) : (s.codingCoder.all() as string[]);
  const codings: AnalysisData['codings'] = { segment: [], code: [], coder: [] };
  for (let k = 0; k < segmentIds.length; k++) {
    const i = index.get(segmentIds[k] as string);
    if (i === undefined) continue; // a coding on an orphan segment is not evidence until re-attached
    codings.segment.push(i);
    codings.code.push(codes[k] as string);
    codings.coder.push(coders[k] as string);
  }
  return { segments, codings };
}
