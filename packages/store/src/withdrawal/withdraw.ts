import { indexSpokenWords, PolyphonyError } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { Q } from '../db/schema.js';
import { parseStringRecord } from '../db/rows.js';
import { redactFreeText, type RedactedText } from './redact-rows.js';
import { redactLog } from './redact-log.js';
import { removeWords, type RemovedCounts } from './remove-words.js';
import { sharedElsewhere } from './shared-elsewhere.js';
import { spokenBy } from './spoken-by.js';
import type { QuoteFinder } from './free-text.js';

/** What the withdrawal's transaction did; the purge that follows its commit is reported apart. */
export interface Withdrawal extends RemovedCounts {
  participant: string;
  /** When the participant withdrew (the first withdrawal, if this one ran again). */
  withdrawnAt: string;
  /** The participant had withdrawn before: this run took out what was left and purged. */
  alreadyWithdrawn: boolean;
  /** Names of the attributes cleared (age band, gender, …); their values are gone. */
  attributes: string[];
  /** Texts a researcher typed from which the participant's words were taken. */
  redacted: RedactedText[];
  /** Row copies in the event log that were redacted. */
  events: number;
}

/** When a participant first withdrew, from the log; undefined if they never did. */
export async function withdrawnAt(q: Q, participantId: string): Promise<string | undefined> {
  const e = await q.selectFrom('events').select('at').where('action', '=', 'participant.withdraw').where('entity_id', '=', participantId)
    .orderBy('id').limit(1).executeTakeFirst();
  return e?.at;
}

/**
 * Withdraws a participant inside one transaction: removes their words from the sources
 * ({@link removeWords}), finds and redacts quotes of them in everything a researcher typed,
 * clears their attributes, and rewrites the event log's copies of all of it. The participant
 * stays, with pseudonym, perspective, case and status `withdrawn`, so the audit trail still reads;
 * one `participant.withdraw` event records that it happened. Running it again is harmless.
 * The file must be purged after the commit (see `purgeFile`).
 */
export async function withdraw(c: Ctx, participantId: string): Promise<Withdrawal> {
  const p = await c.q.selectFrom('participants').selectAll().where('id', '=', participantId).executeTakeFirst();
  if (!p) throw new PolyphonyError('unknown_participant', `Participant "${participantId}" is not in the project`, { participant: participantId });
  const already = p.status === 'withdrawn';
  // Read what they said before anything is removed: it is what quotes of them are found by.
  const spoken = indexSpokenWords(await spokenBy(c.q, p.id));
  const removal = await removeWords(c, p.id);
  // Asked only now, with their turns gone from the index: what others said too is shared language.
  const quotes: QuoteFinder = { spoken, options: { sharedElsewhere: sharedElsewhere(c.sqlite) } };
  const redacted = await redactFreeText(c.q, quotes);
  const attributes = Object.keys(parseStringRecord(p.attributes));
  if (attributes.length > 0) await c.q.updateTable('participants').set({ attributes: '{}' }).where('id', '=', p.id).execute();
  const events = await redactLog(c.q, { participant: p.id, quotes, removed: removal.removed, groupSources: removal.groupSources });
  const result: Withdrawal = {
    participant: p.id, withdrawnAt: (already ? await withdrawnAt(c.q, p.id) : undefined) ?? c.now, alreadyWithdrawn: already,
    ...removal.counts, attributes, redacted, events,
  };
  if (!already) {
    await c.q.updateTable('participants').set({ status: 'withdrawn' }).where('id', '=', p.id).execute();
    // The record names what changed, never the words: labels of redacted texts, attribute names.
    await c.w.note('participant.withdraw', 'participants', p.id, null, {
      ...removal.counts, events, attributes, redacted: redacted.map((r) => ({ kind: r.kind, id: r.id, label: r.label, passages: r.passages })),
    });
  }
  return result;
}
