import { PolyphonyError } from '@polyphony/core';
import type { CopyTable, Q } from '../db/schema.js';
import { newId } from '../db/ids.js';

/** What a copy of the project's data is. */
export type CopyKind = 'backup' | 'export' | 'report';
/** Who wrote it: the CLI (to a path) or the server (a download the browser saved somewhere). */
export type CopyVia = 'cli' | 'server';

/** A copy of the project's data written outside the file. */
export interface CopyRecord {
  id: string;
  at: string;
  actor: string;
  kind: CopyKind;
  /** The export format, `polyphony` for a backup, `md` or `docx` for a report. */
  format: string;
  /** Where it was written, when known (the CLI's absolute path; null for a download). */
  path: string | null;
  via: CopyVia;
}

/** A copy to record. */
export interface NewCopy {
  kind: CopyKind;
  format: string;
  path?: string | null;
  via: CopyVia;
}

const KINDS: readonly CopyKind[] = ['backup', 'export', 'report'];
const VIAS: readonly CopyVia[] = ['cli', 'server'];

function toCopy(r: CopyTable): CopyRecord {
  return { id: r.id, at: r.at, actor: r.actor, kind: r.kind as CopyKind, format: r.format, path: r.path, via: r.via as CopyVia };
}

/**
 * Records that a copy was written. A plain row, not an event: it is no analytic decision, undo
 * must never take it back, and the server's read caches (keyed on the newest event) stay valid.
 */
export async function recordCopy(q: Q, actor: string, copy: NewCopy): Promise<CopyRecord> {
  if (!KINDS.includes(copy.kind)) throw new PolyphonyError('bad_input', `A copy is a ${KINDS.join(', ')}, not "${String(copy.kind)}"`);
  if (!VIAS.includes(copy.via)) throw new PolyphonyError('bad_input', `A copy is written via ${VIAS.join(' or ')}, not "${String(copy.via)}"`);
  const last = await q.selectFrom('copies').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst();
  const row: CopyTable = { id: newId(), seq: Number(last?.m ?? 0) + 1, at: new Date().toISOString(), actor, kind: copy.kind, format: copy.format, path: copy.path ?? null, via: copy.via };
  await q.insertInto('copies').values(row).execute();
  return toCopy(row);
}

/** Copies written, oldest first; with `before`, only those written before (or at) that time. */
export async function listCopies(q: Q, before?: string): Promise<CopyRecord[]> {
  let query = q.selectFrom('copies').selectAll();
  if (before !== undefined) query = query.where('at', '<=', before);
  return (await query.orderBy('seq').execute()).map(toCopy);
}
