import { cleanSnapshotNames, PolyphonyError, type Phase, type ProjectSnapshot } from '@polyphony/core';
import type { Ctx } from './db/context.js';
import type { Q } from './db/schema.js';
import { toCode, toSegment, toSource } from './db/rows.js';
import { isPhase } from './project-info.js';
import { listCases, listParticipants, listPerspectives } from './participants.js';
import { listMemos } from './memos.js';
import { loadTurns } from './sources/source-queries.js';
import { insertTurns, sourceLanguage } from './sources/turns.js';
import { listThemes } from './themes/themes.js';
import { listCodings } from './codings/codings.js';

/** Everything in the project as plain data, in a stable order. */
export async function snapshot(q: Q): Promise<ProjectSnapshot> {
  const p = await q.selectFrom('project').selectAll().executeTakeFirstOrThrow();
  const sourceRows = await q.selectFrom('sources').selectAll().orderBy('name').execute();
  const sources = [];
  for (const s of sourceRows) sources.push(toSource(s, await loadTurns(q, s.id)));
  const order = new Map(sourceRows.map((s, i) => [s.id, i]));
  const segments = (await q.selectFrom('segments').selectAll().execute()).map(toSegment)
    .sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  return {
    id: p.id, name: p.name, phase: isPhase(p.phase) ? p.phase : 1,
    perspectives: await listPerspectives(q), cases: await listCases(q), participants: await listParticipants(q),
    coders: (await q.selectFrom('coders').selectAll().orderBy('id').execute()).map((r) => ({ id: r.id, name: r.name })),
    sources, codes: (await q.selectFrom('codes').selectAll().orderBy('name').execute()).map(toCode), segments,
    codings: await listCodings(q), memos: await listMemos(q), themes: await listThemes(q),
  };
}

async function isEmpty(q: Q): Promise<boolean> {
  for (const t of ['participants', 'sources', 'codes', 'themes', 'memos'] as const) {
    if (await q.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst().then((r) => Number(r?.n ?? 0) > 0)) return false;
  }
  return true;
}

const chunk = <T>(xs: readonly T[], n = 200): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** What loading a snapshot repaired: names cleaned or made unique (for the import report). */
export interface LoadResult {
  warnings: string[];
}

/**
 * Loads a snapshot into an empty project (`conflict` otherwise), keeping its ids. A snapshot
 * comes from a file, often another program's: its names are cleaned by the name rules
 * (`cleanSnapshotNames`, ADR 008) and each repair is returned as a warning; a project name with
 * nothing visible keeps the project's own. One `project.load` event records it; rows are
 * inserted in bulk, not logged one by one.
 */
export async function loadSnapshot(c: Ctx, input: ProjectSnapshot): Promise<LoadResult> {
  if (!(await isEmpty(c.q))) throw new PolyphonyError('conflict', 'A snapshot can only be loaded into an empty project');
  const { snapshot: s, warnings } = cleanSnapshotNames(input);
  const phase: Phase = isPhase(s.phase) ? s.phase : 1;
  await c.q.updateTable('project').set({ id: s.id, phase, ...(s.name ? { name: s.name } : {}) }).execute();
  const q = c.q;
  for (const x of s.perspectives) await q.insertInto('perspectives').values({ id: x.id, label: x.label, sort: x.sort }).execute();
  for (const x of s.cases) await q.insertInto('cases').values({ id: x.id, label: x.label }).execute();
  for (const x of s.participants) {
    await q.insertInto('participants').values({ id: x.id, perspective: x.perspective, case_id: x.case, attributes: JSON.stringify(x.attributes), status: x.status }).execute();
  }
  for (const x of s.coders) await q.insertInto('coders').values({ id: x.id, name: x.name }).execute();
  for (const x of s.sources) {
    const language = sourceLanguage(x.text);
    await q.insertInto('sources').values({ id: x.id, name: x.name, kind: x.kind, participant: x.participant, text: x.text, revision: x.revision, format: x.format, language, created_at: x.createdAt, text_length: x.text.length, turn_count: x.turns.length }).execute();
    await insertTurns(c, x.id, x.text, x.turns, language);
  }
  // Parents are set after every row exists, so the order of the arrays does not matter.
  for (const part of chunk(s.codes)) {
    await q.insertInto('codes').values(part.map((x) => ({ id: x.id, name: x.name, description: x.description, color: x.color, parent: null, created_by: x.createdBy, created_at: x.createdAt }))).execute();
  }
  for (const x of s.codes) if (x.parent) await q.updateTable('codes').set({ parent: x.parent }).where('id', '=', x.id).execute();
  for (const part of chunk(s.segments)) {
    await q.insertInto('segments').values(part.map((x) => ({ id: x.id, source_id: x.source, start_pos: x.start, end_pos: x.end, exact: x.exact, prefix: x.prefix, suffix: x.suffix, revision: x.revision, status: x.status, participant: x.participant }))).execute();
  }
  for (const part of chunk(s.codings)) {
    await q.insertInto('codings').values(part.map((x) => ({ id: x.id, code_id: x.code, segment_id: x.segment, coder: x.coder, comment: x.comment, created_at: x.createdAt }))).execute();
  }
  for (const x of s.memos) {
    await q.insertInto('memos').values({ id: x.id, target_kind: x.targetKind, target_id: x.targetId, author: x.author, created_at: x.createdAt, text: x.text, phase: x.phase }).execute();
  }
  for (const t of s.themes) {
    await q.insertInto('themes').values({ id: t.id, name: t.name, definition: t.definition, status: t.status, perspective: t.perspective, parent: null, relation: t.relation, note: t.note, summaries: JSON.stringify(t.summaries), sort: t.sort }).execute();
  }
  for (const t of s.themes) {
    if (t.parent) await q.updateTable('themes').set({ parent: t.parent }).where('id', '=', t.id).execute();
    for (const [i, code] of t.codes.entries()) await q.insertInto('theme_codes').values({ theme_id: t.id, code_id: code, sort: i }).execute();
    for (const [i, seg] of t.exemplars.entries()) await q.insertInto('theme_exemplars').values({ theme_id: t.id, segment_id: seg, sort: i }).execute();
    for (const [i, d] of t.drawsOn.entries()) await q.insertInto('theme_draws_on').values({ theme_id: t.id, draws_on: d, sort: i }).execute();
  }
  await c.w.note('project.load', 'project', s.id, null, { sources: s.sources.length, codes: s.codes.length, codings: s.codings.length, themes: s.themes.length });
  return { warnings };
}
