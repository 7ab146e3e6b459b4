import Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * SQLite only: opens a project file with the pragmas every connection needs. WAL lets readers run
 * beside a writer; `synchronous=NORMAL` is durable across application crashes in WAL mode;
 * foreign keys are off by default in SQLite and must be switched on per connection.
 */
export function openSqlite(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // A second process (e.g. the CLI while the server runs) waits instead of failing at once.
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (the default is 2 MiB): an import merges search-index segments that
  // it wrote moments before, and the analysis reads scan every coding; both re-read pages.
  db.pragma('cache_size = -65536');
  // Sorts (listing codings in source order) and FTS merges use memory, not temporary files.
  db.pragma('temp_store = MEMORY');
  return db;
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
