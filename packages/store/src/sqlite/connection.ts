import Database from 'better-sqlite3';

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
