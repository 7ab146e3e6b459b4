import type { Q } from '../db/schema.js';
import { REDACTED } from '../events/tables.js';
import { isFreeTextTable, redactColumns, type QuoteFinder } from './free-text.js';

/** What the log pass of a withdrawal takes out of the event log's row copies. */
export interface LogScope {
  participant: string;
  quotes: QuoteFinder;
  /** Rows removed with the participant: their copies become {@link REDACTED}. */
  removed: ReadonlySet<string>;
  /** Group sources whose text changed: segment copies there lose their context strings. */
  groupSources: ReadonlySet<string>;
}

// Events are read in pages so a log of a million events is never held in memory at once.
const PAGE = 2000;

/** One row copy of an event with the participant's words, attributes and context taken out. */
function redactCopy(scope: LogScope, entity: string, entityId: string, json: string | null): string | null {
  if (json === null || json === REDACTED) return json;
  if (scope.removed.has(entityId)) return REDACTED;
  const row = JSON.parse(json) as Record<string, unknown>;
  if (entity === 'segments') {
    // Context strings reach 32 characters into the neighbouring turn, which may have been theirs.
    if (!scope.groupSources.has(String(row['source_id']))) return json;
    return JSON.stringify({ ...row, prefix: '', suffix: '' });
  }
  if (entity === 'participants') {
    if (entityId !== scope.participant || row['attributes'] === '{}') return json;
    return JSON.stringify({ ...row, attributes: '{}' });
  }
  if (!isFreeTextTable(entity)) return json;
  const { changes, passages } = redactColumns(scope.quotes, entity, row);
  return passages === 0 ? json : JSON.stringify({ ...row, ...changes });
}

/**
 * Rewrites the event log's row copies that hold a withdrawn participant's words or attributes —
 * the one sanctioned rewrite of the log. Returns how many events changed. Undo then restores the
 * redacted texts, never the words.
 */
export async function redactLog(q: Q, scope: LogScope): Promise<number> {
  let changed = 0;
  let after = -1;
  for (;;) {
    const page = await q.selectFrom('events').select(['id', 'entity', 'entity_id', 'before', 'after'])
      .where('id', '>', after).orderBy('id').limit(PAGE).execute();
    for (const e of page) {
      const before = redactCopy(scope, e.entity, e.entity_id, e.before);
      const next = redactCopy(scope, e.entity, e.entity_id, e.after);
      if (before === e.before && next === e.after) continue;
      await q.updateTable('events').set({ before, after: next }).where('id', '=', e.id).execute();
      changed++;
    }
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) return changed;
    after = last.id;
  }
}
