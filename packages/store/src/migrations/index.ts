import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial.js';
import { lookupIndexes } from './002-lookup-indexes.js';
import { sourceSizes } from './003-source-sizes.js';
import { copies } from './004-copies.js';

/**
 * Every migration, by name, in order. Additive only: a released migration is never edited,
 * so a project file written by an older version always opens in a newer one.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': initial,
  '002-lookup-indexes': lookupIndexes,
  '003-source-sizes': sourceSizes,
  '004-copies': copies,
};

/** A static provider: migrations are compiled in, never read from disk at run time. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
