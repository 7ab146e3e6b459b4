import type { Kysely, Migration } from 'kysely';

/**
 * A record of every copy of the project's data written outside the file (backups, exports,
 * reports, by the CLI or as server downloads), so that a withdrawal can say which earlier copies
 * still hold the participant's words. Not part of the event log: writing a copy is no analytic
 * decision, and undo must never remove the record of one.
 */
export const copies: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createTable('copies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // Order of writing: two copies can share a millisecond.
      .addColumn('seq', 'integer', (c) => c.notNull().unique())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('path', 'text')
      .addColumn('via', 'text', (c) => c.notNull())
      .execute();
  },
};
