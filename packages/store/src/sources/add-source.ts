import { checkName, normaliseText, PolyphonyError, type Source, type SourceKind, type Turn } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import { newId } from '../db/ids.js';
import { checkParticipants } from '../participants.js';
import { toSource } from '../db/rows.js';
import { checkTurns, insertTurns, sourceLanguage, toModelTurn } from './turns.js';

/** What an import hands to the store: parsed text and turns of one file. */
export interface NewSource {
  name: string;
  kind: SourceKind;
  participant: string | null;
  text: string;
  turns: Turn[];
  format: string;
}

const KINDS: readonly SourceKind[] = ['interview', 'meeting', 'check-in', 'field-note', 'document'];

/**
 * Stores a new source with its turns and search rows. The text is normalised again defensively;
 * turns must lie inside the normalised text. Names follow the name rules (`invalid_name`) and are
 * unique (`already_exists`).
 */
export async function addSource(c: Ctx, input: NewSource): Promise<Source> {
  const name = checkName('source name', input.name);
  if (!KINDS.includes(input.kind)) throw new PolyphonyError('bad_input', `Unknown source kind "${input.kind}"; use one of ${KINDS.join(', ')}`);
  if (await c.q.selectFrom('sources').select('id').where('name', '=', name).executeTakeFirst()) {
    throw new PolyphonyError('already_exists', `A source called "${name}" already exists`, { source: name });
  }
  const text = normaliseText(input.text);
  const turns = checkTurns(text, input.turns, input.participant);
  await checkParticipants(c.q, [input.participant, ...turns.map((t) => t.participant)]);
  const language = sourceLanguage(text);
  const id = newId();
  const row = {
    id, name, kind: input.kind, participant: input.participant, text, revision: 1, format: input.format, language, created_at: c.now,
    text_length: text.length, turn_count: turns.length,
  };
  await c.w.insert('sources', row, 'source.create');
  await insertTurns(c, id, text, turns, language);
  // Built from what was written rather than read back: reading a long text and its turns again
  // cost as much as storing them.
  return toSource(row, turns.map(toModelTurn));
}
