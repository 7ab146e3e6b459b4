import { checkName, PolyphonyError, type Case, type Participant, type Perspective } from '@polyphony/core';
import type { Ctx } from './db/context.js';
import type { Q } from './db/schema.js';
import { toParticipant } from './db/rows.js';

/** Creates or updates perspectives (label, sort); id and label follow the name rules (`invalid_name`). */
export async function upsertPerspectives(c: Ctx, items: readonly Perspective[]): Promise<void> {
  for (const p of items) {
    const id = checkName('perspective id', p.id);
    const row = { id, label: p.label ? checkName('perspective label', p.label) : id, sort: p.sort };
    const done = await c.w.update('perspectives', { id }, { label: row.label, sort: row.sort }, 'perspective.update');
    if (!done) await c.w.insert('perspectives', row, 'perspective.create');
  }
}

/** Creates or updates cases; id and label follow the name rules (`invalid_name`). */
export async function upsertCases(c: Ctx, items: readonly Case[]): Promise<void> {
  for (const k of items) {
    const id = checkName('case id', k.id);
    const label = k.label ? checkName('case label', k.label) : id;
    const done = await c.w.update('cases', { id }, { label }, 'case.update');
    if (!done) await c.w.insert('cases', { id, label }, 'case.create');
  }
}

/**
 * Creates or updates participants; perspectives and cases they name that do not exist yet are
 * created with the id as label (a participants CSV often comes before any codebook of groups).
 * A withdrawn participant stays withdrawn. Ids follow the name rules (`invalid_name`): a
 * pseudonym is the key that speaker labels and file names are matched to, so an invisible
 * character in it is refused and shown rather than quietly repaired.
 */
export async function upsertParticipants(c: Ctx, items: readonly Participant[]): Promise<void> {
  for (const p of items) {
    const id = checkName('participant id', p.id);
    const perspective = p.perspective ? checkName('perspective id', p.perspective) : null;
    const kase = p.case ? checkName('case id', p.case) : null;
    if (perspective && !(await c.w.get('perspectives', { id: perspective }))) {
      const max = await c.q.selectFrom('perspectives').select((eb) => eb.fn.max('sort').as('m')).executeTakeFirst();
      await c.w.insert('perspectives', { id: perspective, label: perspective, sort: Number(max?.m ?? -1) + 1 }, 'perspective.create');
    }
    if (kase && !(await c.w.get('cases', { id: kase }))) await c.w.insert('cases', { id: kase, label: kase }, 'case.create');
    const old = await c.w.get('participants', { id });
    // A withdrawn participant's identifying attributes were cleared by the withdrawal; a
    // participants CSV read again later must not bring them back.
    const attributes = old?.['status'] === 'withdrawn' ? '{}' : JSON.stringify(p.attributes ?? {});
    const row = { perspective, case_id: kase, attributes };
    if (old) await c.w.update('participants', { id }, row, 'participant.update');
    else await c.w.insert('participants', { id, ...row, status: p.status ?? 'active' }, 'participant.create');
  }
}

/** Perspectives by sort order. */
export async function listPerspectives(q: Q): Promise<Perspective[]> {
  return (await q.selectFrom('perspectives').selectAll().orderBy('sort').orderBy('id').execute()).map((r) => ({ id: r.id, label: r.label, sort: r.sort }));
}

/** Cases by id. */
export async function listCases(q: Q): Promise<Case[]> {
  return (await q.selectFrom('cases').selectAll().orderBy('id').execute()).map((r) => ({ id: r.id, label: r.label }));
}

/** Participants by id. */
export async function listParticipants(q: Q): Promise<Participant[]> {
  return (await q.selectFrom('participants').selectAll().orderBy('id').execute()).map(toParticipant);
}

/**
 * Checks that every named participant exists and has not withdrawn
 * (`unknown_participant`, `withdrawn_participant`).
 */
export async function checkParticipants(q: Q, ids: Iterable<string | null>): Promise<void> {
  const want = [...new Set([...ids].filter((x): x is string => x !== null))];
  if (want.length === 0) return;
  const rows = await q.selectFrom('participants').select(['id', 'status']).where('id', 'in', want).execute();
  for (const id of want) {
    const r = rows.find((x) => x.id === id);
    if (!r) throw new PolyphonyError('unknown_participant', `Participant "${id}" is not in the project; add it first (participants CSV)`, { participant: id });
    if (r.status === 'withdrawn') throw new PolyphonyError('withdrawn_participant', `Participant "${id}" has withdrawn; their words cannot be added`, { participant: id });
  }
}
