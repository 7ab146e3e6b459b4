import { detectLanguage, indexStems, PolyphonyError, type SearchLanguage, type Turn } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import { fts } from '../sqlite/fts.js';
import { writeTurnRows } from '../sqlite/turn-rows.js';

/**
 * Checks that turns lie inside the text, in order and without overlap, with the words after the
 * label (`start ≤ textStart ≤ end`). A source without turns gets one turn over the whole text so
 * that every word is searchable and every segment has a participant.
 */
export function checkTurns(text: string, turns: readonly Turn[], participant: string | null): Turn[] {
  if (turns.length === 0) {
    return [{ seq: 0, speaker: participant ?? '', participant, isInterviewer: false, start: 0, end: text.length, textStart: 0, startMs: null, endMs: null }];
  }
  let prevEnd = 0;
  return turns.map((t, i) => {
    const ok = Number.isInteger(t.start) && Number.isInteger(t.end) && Number.isInteger(t.textStart) &&
      t.start >= prevEnd && t.start <= t.textStart && t.textStart <= t.end && t.end <= text.length;
    if (!ok) {
      throw new PolyphonyError('bad_input', `Turn ${i} (${t.speaker}) spans ${t.start}–${t.end} (words from ${t.textStart}), which is not inside the text of ${text.length} characters after the previous turn`, { turn: i });
    }
    prevEnd = t.end;
    return { ...t, seq: i };
  });
}

/** A turn with exactly the model's fields, as read back from the store (inputs may carry more). */
export function toModelTurn(t: Turn): Turn {
  return { seq: t.seq, speaker: t.speaker, participant: t.participant, isInterviewer: t.isInterviewer, start: t.start, end: t.end, textStart: t.textStart, startMs: t.startMs ?? null, endMs: t.endMs ?? null };
}

/** The language a source's words are stemmed in. */
export function sourceLanguage(text: string): SearchLanguage {
  return detectLanguage(text);
}

/**
 * Stores turns and their search rows. Turns are logged inside their source's event: the source
 * row's event says who imported it and when, and turns are never edited on their own.
 */
export async function insertTurns(c: Ctx, sourceId: string, text: string, turns: readonly Turn[], language: SearchLanguage): Promise<void> {
  writeTurnRows(c.sqlite, sourceId, text, turns, (words) => indexStems(words, language));
}

/** Removes a source's turns and their search rows. */
export async function deleteTurns(c: Ctx, sourceId: string): Promise<void> {
  const rows = await c.q.selectFrom('turns').select('search_rowid').where('source_id', '=', sourceId).execute();
  const rm = fts(c.sqlite).remove;
  for (const r of rows) rm.run(r.search_rowid);
  await c.q.deleteFrom('turns').where('source_id', '=', sourceId).execute();
}
