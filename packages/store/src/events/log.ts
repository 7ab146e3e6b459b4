import type { Q } from '../db/schema.js';

/** One entry of the audit trail. `before`/`after` are the row copies (source text left out). */
export interface LogEntry {
  id: number;
  batch: string;
  actor: string;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Options of {@link readLog}. */
export interface LogOptions {
  limit?: number;
  offset?: number;
}

/** The event log, newest first. */
export async function readLog(q: Q, options: LogOptions = {}): Promise<LogEntry[]> {
  const rows = await q.selectFrom('events').selectAll().orderBy('id', 'desc')
    .limit(Math.max(0, options.limit ?? 100)).offset(Math.max(0, options.offset ?? 0)).execute();
  return rows.map((r) => ({
    id: r.id, batch: r.batch, actor: r.actor, at: r.at, action: r.action, entity: r.entity, entityId: r.entity_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown), after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
