import { sql, type RawBuilder } from 'kysely';
import type { Q } from '../db/schema.js';
import { isAnalyticAction, TABLE_KEYS, type LoggedTable, type Row } from './tables.js';

/** Column changes; `undefined` values are left out (a partial patch). */
export type Patch = { [column: string]: string | number | null | undefined };

/** What a batch is: a user's action, or the undo/redo of an earlier batch. */
export type BatchKind = 'do' | 'undo' | 'redo';

function keyOf(table: LoggedTable, row: Row): Row {
  const key: Row = {};
  for (const k of TABLE_KEYS[table]) key[k] = row[k] ?? null;
  return key;
}

function where(key: Row): RawBuilder<unknown> {
  return sql.join(Object.entries(key).map(([k, v]) => sql`${sql.ref(k)} = ${v}`), sql` and `);
}

// A source's text can run to megabytes and is not undoable; the log keeps its length instead,
// which also keeps a withdrawn participant's interview out of the log.
function forLog(table: LoggedTable, row: Row | null): string | null {
  if (!row) return null;
  if (table === 'sources' && typeof row['text'] === 'string') {
    const { text, ...rest } = row;
    return JSON.stringify({ ...rest, text_length: text.length });
  }
  return JSON.stringify(row);
}

/**
 * The row-level write layer: every insert, update and delete of a logged table goes through it
 * and leaves an event with the row before and after. One writer serves one transaction, which is
 * one batch; the batch row is written with the first event, so read-only transactions leave none.
 */
export class Writer {
  private nextEventId = 0;
  private batchState: 'none' | 'plain' | 'analytic' = 'none';

  /** A writer for one batch. `reverts` names the batch an undo/redo reverses. */
  constructor(
    private readonly q: Q,
    readonly batchId: string,
    readonly actor: string,
    readonly at: string,
    readonly kind: BatchKind = 'do',
    readonly reverts: string | null = null,
  ) {}

  /** Reads one row by key, or undefined. */
  async get(table: LoggedTable, key: Row): Promise<Row | undefined> {
    const r = await sql<Row>`select * from ${sql.table(table)} where ${where(key)}`.execute(this.q);
    return r.rows[0];
  }

  /** Inserts a row and logs it. */
  async insert(table: LoggedTable, row: Row, action: string): Promise<void> {
    const cols = Object.keys(row);
    await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))}) values (${sql.join(cols.map((c) => row[c] ?? null))})`.execute(this.q);
    await this.record(action, table, keyOf(table, row), null, row);
  }

  /** Changes columns of a row and logs before/after; returns the row after, undefined if none. */
  async update(table: LoggedTable, key: Row, changes: Patch, action: string): Promise<Row | undefined> {
    const before = await this.get(table, key);
    if (!before) return undefined;
    const patch: Row = {};
    for (const [k, v] of Object.entries(changes)) if (v !== undefined) patch[k] = v;
    const cols = Object.keys(patch);
    if (cols.length === 0) return before;
    await sql`update ${sql.table(table)} set ${sql.join(cols.map((c) => sql`${sql.ref(c)} = ${patch[c] ?? null}`))} where ${where(key)}`.execute(this.q);
    const after = { ...before, ...patch };
    await this.record(action, table, key, before, after);
    return after;
  }

  /** Deletes a row and logs what it was; returns it, undefined if there was none. */
  async delete(table: LoggedTable, key: Row, action: string): Promise<Row | undefined> {
    const before = await this.get(table, key);
    if (!before) return undefined;
    await sql`delete from ${sql.table(table)} where ${where(key)}`.execute(this.q);
    await this.record(action, table, key, before, null);
    return before;
  }

  /** Logs an event that is not a single row change (e.g. `participant.withdraw`). */
  async note(action: string, entity: string, entityId: string, before: unknown, after: unknown): Promise<void> {
    await this.ensureBatch(action);
    await this.q.insertInto('events').values({
      id: this.nextEventId++, batch: this.batchId, actor: this.actor, at: this.at, action, entity, entity_id: entityId,
      before: before === null ? null : JSON.stringify(before), after: after === null ? null : JSON.stringify(after),
    }).execute();
  }

  private async record(action: string, table: LoggedTable, key: Row, before: Row | null, after: Row | null): Promise<void> {
    await this.ensureBatch(action);
    await this.q.insertInto('events').values({
      id: this.nextEventId++, batch: this.batchId, actor: this.actor, at: this.at, action, entity: table,
      entity_id: Object.values(key).join('/'), before: forLog(table, before), after: forLog(table, after),
    }).execute();
  }

  private async ensureBatch(action: string): Promise<void> {
    const analytic = isAnalyticAction(action);
    if (this.batchState === 'none') {
      const last = await this.q.selectFrom('events').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
      this.nextEventId = Number(last?.m ?? 0) + 1;
      const seq = await this.q.selectFrom('batches').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst();
      await this.q.insertInto('batches').values({
        id: this.batchId, seq: Number(seq?.m ?? 0) + 1, actor: this.actor, at: this.at, kind: this.kind,
        reverts: this.reverts, analytic: analytic ? 1 : 0, undone: 0,
      }).execute();
      this.batchState = analytic ? 'analytic' : 'plain';
    } else if (analytic && this.batchState === 'plain') {
      await this.q.updateTable('batches').set({ analytic: 1 }).where('id', '=', this.batchId).execute();
      this.batchState = 'analytic';
    }
  }
}
