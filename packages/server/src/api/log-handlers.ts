import type { ApiInput, ApiOutput, LogEventDto } from '@polyphony/core';
import type { PortLogEvent } from '../exchange-port.js';
import type { ProjectPort } from '../project-port.js';

const field = (row: unknown, key: string): string | undefined => {
  if (typeof row !== 'object' || row === null) return undefined;
  const v = (row as Record<string, unknown>)[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** A readable name for the row an event touched: its name, else its quote or text, shortened. */
export function eventLabel(e: Pick<PortLogEvent, 'before' | 'after'>): string {
  const row = e.after ?? e.before;
  const label = field(row, 'name') ?? field(row, 'exact') ?? field(row, 'text') ?? field(row, 'label') ?? '';
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}

/** A page of the audit log; one extra row is read to know whether there is a next page. */
export async function logPage(p: ProjectPort, { offset = 0, limit = 50 }: ApiInput<'GET /api/log/page'>): Promise<ApiOutput<'GET /api/log/page'>> {
  const rows = await p.logPage({ offset, limit: limit + 1 });
  const entries = rows.slice(0, limit).map(
    (e): LogEventDto => ({ id: String(e.id), batch: e.batch, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, label: eventLabel(e) }),
  );
  return { offset, entries, hasMore: rows.length > limit };
}
