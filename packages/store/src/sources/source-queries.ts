import { PolyphonyError, type Source, type Turn } from '@polyphony/core';
import type { Q, SourceTable } from '../db/schema.js';
import { toSource, toTurn } from '../db/rows.js';
import { nameKeys } from '../db/name-keys.js';

/** A source as listed: everything but its text and turns, plus their sizes and language. */
export type SourceInfo = Omit<Source, 'text' | 'turns'> & { textLength: number; turnCount: number; language: string };

/** The row of a source by id or name; `unknown_source` if neither matches. */
export async function findSourceRow(q: Q, idOrName: string): Promise<SourceTable> {
  const row = await q.selectFrom('sources').selectAll().where((eb) => eb.or([eb('id', '=', idOrName), eb('name', 'in', nameKeys(idOrName))])).executeTakeFirst();
  if (!row) throw new PolyphonyError('unknown_source', `No source is called or has the id "${idOrName}"`, { source: idOrName });
  return row;
}

/**
 * The id of a source by id or name, without reading its text (`unknown_source` if neither
 * matches): what filters need, where {@link findSourceRow} would read a whole transcript.
 */
export async function findSourceId(q: Q, idOrName: string): Promise<string> {
  const row = await q.selectFrom('sources').select('id').where((eb) => eb.or([eb('id', '=', idOrName), eb('name', 'in', nameKeys(idOrName))])).executeTakeFirst();
  if (!row) throw new PolyphonyError('unknown_source', `No source is called or has the id "${idOrName}"`, { source: idOrName });
  return row.id;
}

/** A source's turns in order. */
export async function loadTurns(q: Q, sourceId: string): Promise<Turn[]> {
  const rows = await q.selectFrom('turns').selectAll().where('source_id', '=', sourceId).orderBy('seq').execute();
  return rows.map(toTurn);
}

/** A whole source (text and turns) by id or name. */
export async function getSource(q: Q, idOrName: string): Promise<Source> {
  const row = await findSourceRow(q, idOrName);
  return toSource(row, await loadTurns(q, row.id));
}

/**
 * All sources without their text, by name. Every column comes from the `sources_listing` index,
 * so no text is read: an import lists the sources once per file.
 */
export async function listSources(q: Q): Promise<SourceInfo[]> {
  const rows = await q.selectFrom('sources')
    .select(['id', 'name', 'kind', 'participant', 'revision', 'format', 'language', 'created_at', 'text_length', 'turn_count'])
    .orderBy('name').execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind as Source['kind'], participant: r.participant, revision: r.revision, format: r.format,
    createdAt: r.created_at, textLength: r.text_length ?? 0, turnCount: r.turn_count ?? 0, language: r.language,
  }));
}
