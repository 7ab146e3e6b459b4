import { checkName, PolyphonyError, type Code } from '@polyphony/core';
import type { Ctx } from '../db/context.js';
import type { CodeTable, Q } from '../db/schema.js';
import { newId } from '../db/ids.js';
import { nameKeys } from '../db/name-keys.js';
import { toCode } from '../db/rows.js';
import { defaultCodeColor, isHexColor } from './palette.js';

/** Fields of a new code; `parent` is a code id or name. */
export interface NewCode {
  name: string;
  description?: string;
  color?: string;
  parent?: string | null;
}

/** Changes to a code; `parent: null` makes it top-level. */
export type CodePatch = Partial<NewCode>;

/** The row of a code by id or name; `unknown_code` if none. */
export async function findCodeRow(q: Q, idOrName: string): Promise<CodeTable> {
  const row = await q.selectFrom('codes').selectAll().where((eb) => eb.or([eb('id', '=', idOrName), eb('name', 'in', nameKeys(idOrName))])).executeTakeFirst();
  if (!row) throw new PolyphonyError('unknown_code', `No code is called or has the id "${idOrName}"`, { code: idOrName });
  return row;
}

/** A code name by the name rules (`invalid_name`) that no other code has (`duplicate_name`). */
async function uniqueName(q: Q, name: string, self: string | null): Promise<string> {
  const n = checkName('code name', name);
  const other = await q.selectFrom('codes').select('id').where('name', '=', n).executeTakeFirst();
  if (other && other.id !== self) throw new PolyphonyError('duplicate_name', `A code called "${n}" already exists`, { name: n });
  return n;
}

function checkColor(color: string): string {
  if (!isHexColor(color)) throw new PolyphonyError('bad_input', `Colour "${color}" is not of the form #rrggbb`);
  return color.toLowerCase();
}

/**
 * Creates a code; names follow the name rules (`invalid_name`) and are unique (`duplicate_name`),
 * colours default to the palette.
 */
export async function createCode(c: Ctx, input: NewCode): Promise<Code> {
  const name = await uniqueName(c.q, input.name, null);
  const parent = input.parent ? (await findCodeRow(c.q, input.parent)).id : null;
  const count = await c.q.selectFrom('codes').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  const row: CodeTable = {
    id: newId(), name, description: input.description ?? '', color: input.color ? checkColor(input.color) : defaultCodeColor(Number(count?.n ?? 0)),
    parent, created_by: c.actor, created_at: c.now,
  };
  await c.w.insert('codes', { ...row }, 'code.create');
  return toCode(row);
}

/** Changes a code's name, description, colour or parent (never making a cycle). */
export async function updateCode(c: Ctx, idOrName: string, patch: CodePatch): Promise<Code> {
  const cur = await findCodeRow(c.q, idOrName);
  const set: Partial<CodeTable> = {};
  if (patch.name !== undefined) set.name = await uniqueName(c.q, patch.name, cur.id);
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.color !== undefined) set.color = checkColor(patch.color);
  if (patch.parent !== undefined) {
    const parent = patch.parent ? (await findCodeRow(c.q, patch.parent)).id : null;
    for (let p = parent; p; p = (await findCodeRow(c.q, p)).parent) {
      if (p === cur.id) throw new PolyphonyError('bad_input', `Code "${cur.name}" cannot be placed under itself or its own subcode`);
    }
    set.parent = parent;
  }
  await c.w.update('codes', { id: cur.id }, set, 'code.update');
  return toCode({ ...cur, ...set });
}

/**
 * Deletes a code with its codings and theme links; its subcodes move up to its parent.
 * Segments stay (they may carry other codes or be exemplars).
 */
export async function deleteCode(c: Ctx, idOrName: string): Promise<void> {
  const cur = await findCodeRow(c.q, idOrName);
  for (const r of await c.q.selectFrom('codings').select('id').where('code_id', '=', cur.id).execute()) {
    await c.w.delete('codings', { id: r.id }, 'coding.delete');
  }
  for (const r of await c.q.selectFrom('theme_codes').select('theme_id').where('code_id', '=', cur.id).execute()) {
    await c.w.delete('theme_codes', { theme_id: r.theme_id, code_id: cur.id }, 'theme.code.remove');
  }
  for (const r of await c.q.selectFrom('codes').select('id').where('parent', '=', cur.id).execute()) {
    await c.w.update('codes', { id: r.id }, { parent: cur.parent }, 'code.update');
  }
  await c.w.delete('codes', { id: cur.id }, 'code.delete');
}

/** A code by id or name. */
export async function getCode(q: Q, idOrName: string): Promise<Code> {
  return toCode(await findCodeRow(q, idOrName));
}

/** All codes, by name. */
export async function listCodes(q: Q): Promise<Code[]> {
  return (await q.selectFrom('codes').selectAll().orderBy('name').execute()).map(toCode);
}
