import Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * How long a statement waits for another connection's lock before SQLite answers busy. Write
 * transactions wait their own way (`writeTransaction`); this covers the rest (a reader while
 * another process recovers the WAL, the TRUNCATE checkpoint of a withdrawal).
 */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite only: opens an existing file as it is, changing nothing in it: settings of this
 * connection only, no journal mode, no writes, so that a file can be looked at before it is known
 * to be a project. Foreign keys are off by default in SQLite and must be switched on per connection.
 */
export function openConnection(file: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(file, { fileMustExist: true, readonly: options.readonly ?? false });
  configureConnection(db);
  return db;
}

/** Settings of one connection (nothing of them is stored in the file). */
export function configureConnection(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  // A second process (e.g. the CLI while the server runs) waits instead of failing at once.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // 64 MiB of page cache (the default is 2 MiB): an import merges search-index segments that
  // it wrote moments before, and the analysis reads scan every coding; both re-read pages.
  db.pragma('cache_size = -65536');
  // Sorts (listing codings in source order) and FTS merges use memory, not temporary files.
  db.pragma('temp_store = MEMORY');
}

/**
 * SQLite only: readies a connection to a project (checked to be ours) for writing. WAL lets readers
 * run beside a writer (this writes the file header once, for a file not yet in WAL mode);
 * `synchronous=NORMAL` is durable across application crashes in WAL mode. SQLite's automatic
 * checkpoint is replaced by `checkpointNowAndThen` after each commit.
 */
export function useWal(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
}

/** Distinct SQL texts kept prepared per connection; `IN (?, ?, …)` lists of many lengths stay bounded. */
const STATEMENT_CACHE_LIMIT = 500;

/**
 * SQLite only: the connection as Kysely's dialect sees it, with prepared statements reused by SQL
 * text. Kysely's SQLite driver prepares every query anew; an import runs about ten query-builder
 * statements per file, and preparing them cost more than running them. A statement still busy
 * (an unfinished iteration) is never handed out twice: a fresh one is prepared instead.
 */
export function withStatementCache(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string): Database.Statement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const st = db.prepare(sql);
      if (!cached) {
        if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
        cache.set(sql, st);
      }
      return st;
    },
  };
}
