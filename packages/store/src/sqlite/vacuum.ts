import type Database from 'better-sqlite3';
import { optimiseFts } from './fts.js';

/**
 * SQLite only: makes deleted content physically unrecoverable from the project file — the FTS
 * index merged without deleted rows, freed pages rebuilt away by VACUUM, and the WAL
 * checkpointed and truncated so no old page copies remain beside the file.
 */
export function purgeDeletedContent(db: Database.Database): void {
  optimiseFts(db);
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
