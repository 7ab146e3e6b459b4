import type Database from 'better-sqlite3';
import type { Writer } from '../events/writer.js';
import type { Q } from './schema.js';

/**
 * What a write needs: the open transaction, its write layer (one batch), the raw SQLite handle
 * for the search index, the acting coder and one timestamp for the whole action.
 */
export interface Ctx {
  q: Q;
  w: Writer;
  sqlite: Database.Database;
  actor: string;
  now: string;
}
