import type { Q } from '../db/schema.js';
import { loadTurns } from '../sources/source-queries.js';

/**
 * Everything a participant said, one passage per turn: their turns in every source, and in their
 * own sources also the turns of speakers no one was mapped to (in their interview those can only
 * be them or a label the import did not know). Interviewer turns are never theirs.
 */
export async function spokenBy(q: Q, participantId: string): Promise<string[]> {
  const own = new Set((await q.selectFrom('sources').select('id').where('participant', '=', participantId).execute()).map((s) => s.id));
  const group = await q.selectFrom('turns').select('source_id').distinct().where('participant', '=', participantId).execute();
  const passages: string[] = [];
  for (const sourceId of new Set([...own, ...group.map((g) => g.source_id)])) {
    const { text } = await q.selectFrom('sources').select('text').where('id', '=', sourceId).executeTakeFirstOrThrow();
    for (const t of await loadTurns(q, sourceId)) {
      const theirs = t.participant === participantId || (own.has(sourceId) && t.participant === null && !t.isInterviewer);
      if (theirs) passages.push(text.slice(t.textStart, t.end));
    }
  }
  return passages;
}
