import { checkName, PolyphonyError, type Relation, type Theme, type ThemeStatus } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { Q, ThemeTable } from '../db/schema.js';
import { newId } from '../db/ids.js';
import { nameKeys } from '../db/name-keys.js';
import { parseStringRecord } from '../db/rows.js';
import { findCodeRow } from '../codes/codes.js';

/** A new theme. `codes`, `parent` and `drawsOn` accept ids or names. */
export interface NewTheme {
  name: string;
  definition?: string;
  status?: ThemeStatus;
  perspective?: string | null;
  parent?: string | null;
  codes?: string[];
  relation?: Relation | null;
  note?: string;
  summaries?: Record<string, string>;
  drawsOn?: string[];
}

/** Changes to a theme; `codes` and `drawsOn` replace the whole list. */
export type ThemePatch = Partial<NewTheme>;

const STATUSES: readonly ThemeStatus[] = ['candidate', 'reviewed', 'defined'];
const RELATIONS: readonly Relation[] = ['convergent', 'divergent', 'complementary', 'silent'];

/** The row of a theme by id or name; `unknown_theme` if none. */
export async function findThemeRow(q: Q, idOrName: string): Promise<ThemeTable> {
  const row = await q.selectFrom('themes').selectAll().where((eb) => eb.or([eb('id', '=', idOrName), eb('name', 'in', nameKeys(idOrName))])).executeTakeFirst();
  if (!row) throw new PolyphonyError('unknown_theme', `No theme is called or has the id "${idOrName}"`, { theme: idOrName });
  return row;
}

async function assemble(q: Q, rows: ThemeTable[]): Promise<Theme[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const codes = await q.selectFrom('theme_codes').selectAll().where('theme_id', 'in', ids).orderBy('sort').execute();
  const ex = await q.selectFrom('theme_exemplars').selectAll().where('theme_id', 'in', ids).orderBy('sort').execute();
  const draws = await q.selectFrom('theme_draws_on').selectAll().where('theme_id', 'in', ids).orderBy('sort').execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, definition: r.definition, status: r.status as ThemeStatus, perspective: r.perspective, parent: r.parent,
    codes: codes.filter((x) => x.theme_id === r.id).map((x) => x.code_id),
    exemplars: ex.filter((x) => x.theme_id === r.id).map((x) => x.segment_id),
    relation: r.relation as Relation | null, note: r.note, summaries: parseStringRecord(r.summaries),
    drawsOn: draws.filter((x) => x.theme_id === r.id).map((x) => x.draws_on), sort: r.sort,
  }));
}

/** A theme by id or name. */
export async function getTheme(q: Q, idOrName: string): Promise<Theme> {
  const [t] = await assemble(q, [await findThemeRow(q, idOrName)]);
  if (!t) throw new PolyphonyError('unknown_theme', `No theme "${idOrName}"`);
  return t;
}

/** All themes in board order. */
export async function listThemes(q: Q): Promise<Theme[]> {
  return assemble(q, await q.selectFrom('themes').selectAll().orderBy('sort').orderBy('name').execute());
}

async function fields(c: Ctx, t: ThemePatch, self: ThemeTable | null): Promise<Partial<ThemeTable>> {
  const set: Partial<ThemeTable> = {};
  if (t.name !== undefined) {
    const name = checkName('theme name', t.name);
    const other = await c.q.selectFrom('themes').select('id').where('name', '=', name).executeTakeFirst();
    if (other && other.id !== self?.id) throw new PolyphonyError('duplicate_name', `A theme called "${name}" already exists`, { name });
    set.name = name;
  }
  if (t.definition !== undefined) set.definition = t.definition;
  if (t.status !== undefined) {
    if (!STATUSES.includes(t.status)) throw new PolyphonyError('bad_input', `Theme status "${t.status}" is not one of ${STATUSES.join(', ')}`);
    set.status = t.status;
  }
  if (t.perspective !== undefined) {
    if (t.perspective && !(await c.w.get('perspectives', { id: t.perspective }))) {
      throw new PolyphonyError('unknown_perspective', `No perspective "${t.perspective}"`, { perspective: t.perspective });
    }
    set.perspective = t.perspective || null;
  }
  if (t.parent !== undefined) {
    const parent = t.parent ? (await findThemeRow(c.q, t.parent)).id : null;
    for (let p = parent; p; p = (await findThemeRow(c.q, p)).parent) {
      if (p === self?.id) throw new PolyphonyError('bad_input', 'A theme cannot be placed under itself or its own subtheme');
    }
    set.parent = parent;
  }
  if (t.relation !== undefined) {
    if (t.relation !== null && !RELATIONS.includes(t.relation)) throw new PolyphonyError('bad_input', `Relation "${t.relation}" is not one of ${RELATIONS.join(', ')}`);
    set.relation = t.relation;
  }
  if (t.note !== undefined) set.note = t.note;
  if (t.summaries !== undefined) set.summaries = JSON.stringify(t.summaries);
  return set;
}

async function setCodes(c: Ctx, themeId: string, codes: readonly string[]): Promise<void> {
  for (const r of await c.q.selectFrom('theme_codes').select('code_id').where('theme_id', '=', themeId).execute()) {
    await c.w.delete('theme_codes', { theme_id: themeId, code_id: r.code_id }, 'theme.code.remove');
  }
  for (const [i, x] of codes.entries()) {
    const id = (await findCodeRow(c.q, x)).id;
    if (!(await c.w.get('theme_codes', { theme_id: themeId, code_id: id }))) await c.w.insert('theme_codes', { theme_id: themeId, code_id: id, sort: i }, 'theme.code.add');
  }
}

async function setDrawsOn(c: Ctx, themeId: string, themes: readonly string[]): Promise<void> {
  for (const r of await c.q.selectFrom('theme_draws_on').select('draws_on').where('theme_id', '=', themeId).execute()) {
    await c.w.delete('theme_draws_on', { theme_id: themeId, draws_on: r.draws_on }, 'theme.draws.remove');
  }
  for (const [i, x] of themes.entries()) {
    const id = (await findThemeRow(c.q, x)).id;
    if (!(await c.w.get('theme_draws_on', { theme_id: themeId, draws_on: id }))) await c.w.insert('theme_draws_on', { theme_id: themeId, draws_on: id, sort: i }, 'theme.draws.add');
  }
}

/**
 * Creates a theme (names by the name rules, `invalid_name`, and unique, `duplicate_name`); codes
 * and drawsOn by id or name.
 */
export async function createTheme(c: Ctx, input: NewTheme): Promise<Theme> {
  const set = await fields(c, { ...input, name: input.name ?? '' }, null);
  const max = await c.q.selectFrom('themes').select((eb) => eb.fn.max('sort').as('m')).executeTakeFirst();
  const row: ThemeTable = {
    id: newId(), name: set.name ?? '', definition: '', status: 'candidate', perspective: null, parent: null, relation: null, note: '', summaries: '{}',
    sort: Number(max?.m ?? -1) + 1, ...set,
  };
  await c.w.insert('themes', { ...row }, 'theme.create');
  await setCodes(c, row.id, input.codes ?? []);
  await setDrawsOn(c, row.id, input.drawsOn ?? []);
  return getTheme(c.q, row.id);
}

/** Changes a theme; `codes` and `drawsOn`, when given, replace the lists. */
export async function updateTheme(c: Ctx, idOrName: string, patch: ThemePatch): Promise<Theme> {
  const cur = await findThemeRow(c.q, idOrName);
  await c.w.update('themes', { id: cur.id }, await fields(c, patch, cur), 'theme.update');
  if (patch.codes) await setCodes(c, cur.id, patch.codes);
  if (patch.drawsOn) await setDrawsOn(c, cur.id, patch.drawsOn);
  return getTheme(c.q, cur.id);
}

/** Deletes a theme and its links; its subthemes move up to its parent. */
export async function deleteTheme(c: Ctx, idOrName: string): Promise<void> {
  const cur = await findThemeRow(c.q, idOrName);
  await setCodes(c, cur.id, []);
  await setDrawsOn(c, cur.id, []);
  for (const r of await c.q.selectFrom('theme_exemplars').select('segment_id').where('theme_id', '=', cur.id).execute()) {
    await c.w.delete('theme_exemplars', { theme_id: cur.id, segment_id: r.segment_id }, 'theme.exemplar.remove');
  }
  for (const r of await c.q.selectFrom('theme_draws_on').select('theme_id').where('draws_on', '=', cur.id).execute()) {
    await c.w.delete('theme_draws_on', { theme_id: r.theme_id, draws_on: cur.id }, 'theme.draws.remove');
  }
  for (const r of await c.q.selectFrom('themes').select('id').where('parent', '=', cur.id).execute()) {
    await c.w.update('themes', { id: r.id }, { parent: cur.parent }, 'theme.update');
  }
  await c.w.delete('themes', { id: cur.id }, 'theme.delete');
}

/** Adds a code to a theme (no-op if it is there). */
export async function addThemeCode(c: Ctx, theme: string, code: string): Promise<void> {
  const t = await findThemeRow(c.q, theme);
  const id = (await findCodeRow(c.q, code)).id;
  if (await c.w.get('theme_codes', { theme_id: t.id, code_id: id })) return;
  const max = await c.q.selectFrom('theme_codes').select((eb) => eb.fn.max('sort').as('m')).where('theme_id', '=', t.id).executeTakeFirst();
  await c.w.insert('theme_codes', { theme_id: t.id, code_id: id, sort: Number(max?.m ?? -1) + 1 }, 'theme.code.add');
}

/** Removes a code from a theme (`not_found` if it was not in it). */
export async function removeThemeCode(c: Ctx, theme: string, code: string): Promise<void> {
  const t = await findThemeRow(c.q, theme);
  const id = (await findCodeRow(c.q, code)).id;
  if (!(await c.w.delete('theme_codes', { theme_id: t.id, code_id: id }, 'theme.code.remove'))) {
    throw new PolyphonyError('not_found', `Code "${code}" is not in theme "${t.name}"`);
  }
}

/** Chooses a segment as an exemplar quote of a theme. */
export async function addExemplar(c: Ctx, theme: string, segmentId: string): Promise<void> {
  const t = await findThemeRow(c.q, theme);
  if (!(await c.w.get('segments', { id: segmentId }))) throw new PolyphonyError('not_found', `No segment has the id "${segmentId}"`, { segment: segmentId });
  if (await c.w.get('theme_exemplars', { theme_id: t.id, segment_id: segmentId })) return;
  const max = await c.q.selectFrom('theme_exemplars').select((eb) => eb.fn.max('sort').as('m')).where('theme_id', '=', t.id).executeTakeFirst();
  await c.w.insert('theme_exemplars', { theme_id: t.id, segment_id: segmentId, sort: Number(max?.m ?? -1) + 1 }, 'theme.exemplar.add');
}

/** Takes a segment off a theme's exemplar quotes (`not_found` if it was not one). */
export async function removeExemplar(c: Ctx, theme: string, segmentId: string): Promise<void> {
  const t = await findThemeRow(c.q, theme);
  if (!(await c.w.delete('theme_exemplars', { theme_id: t.id, segment_id: segmentId }, 'theme.exemplar.remove'))) {
    throw new PolyphonyError('not_found', `Segment "${segmentId}" is not an exemplar of theme "${t.name}"`, { segment: segmentId });
  }
}
