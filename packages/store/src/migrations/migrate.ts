import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import type Database from 'better-sqlite3';
import type { DB } from '../db/schema.js';
import { APPLICATION_ID } from '../sqlite/file-header.js';
import type { Inspection } from '../sqlite/inspect-project.js';
import { writeTransaction } from '../sqlite/write-transaction.js';

/** The names of a provider's migrations, in the order Kysely runs them. */
export async function migrationNames(provider: MigrationProvider): Promise<string[]> {
  return Object.keys(await provider.getMigrations()).sort();
}

/**
 * Brings an inspected project file to the newest schema in one write transaction — every pending
 * migration or none, so a failure (a full disk, a bug in a migration) leaves the file as it was.
 * A file made before Polyphony set its application id is adopted in the same transaction. Nothing
 * is written when nothing is pending. Kysely's migrator runs each migration without a transaction
 * of its own on SQLite; here it runs inside this one, on the same connection.
 */
export async function migrate(db: Kysely<DB>, sqlite: Database.Database, file: string, inspection: Inspection, provider: MigrationProvider): Promise<void> {
  if (!inspection.adopt && inspection.pending.length === 0) return;
  await writeTransaction(sqlite, file, async () => {
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    const { error } = await new Migrator({ db, provider }).migrateToLatest();
    if (error !== undefined) throw error;
  });
}
