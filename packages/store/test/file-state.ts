import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from '../src/migrations/index.js';

/** What "not a byte changed" means for a file: its digest, its time and what lies beside it. */
export interface FileState {
  sha256: string;
  mtimeMs: number;
  /** The file and its journal files (`-wal`, `-shm`, `-journal`), by name. */
  siblings: string[];
}

/** The state of `file` now. */
export function fileState(file: string): FileState {
  const name = basename(file);
  return {
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    mtimeMs: statSync(file).mtimeMs,
    siblings: readdirSync(dirname(file)).filter((f) => f.startsWith(name)).sort(),
  };
}

/** Another program's database: its own tables and rows, in the journal mode it chose. */
export function foreignDatabase(file: string, journalMode: 'delete' | 'wal', applicationId = 0): void {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journalMode}`);
  if (applicationId !== 0) db.pragma(`application_id = ${applicationId}`);
  db.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO recipes (title) VALUES ('bread'), ('soup');");
  db.close();
}

/** Overwrites one b-tree page of `table` (one of its leaves) with garbage, as a failing disk might. */
export function breakPageOf(file: string, table: string): number {
  // Read-write, writing nothing: a read-only connection would leave -wal and -shm files behind.
  const db = new Database(file);
  const page = db.prepare<[string], number>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").pluck().get(table);
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  if (page === undefined) throw new Error(`no leaf page of ${table}`);
  const bytes = readFileSync(file);
  bytes.fill(0xa5, (page - 1) * size, page * size);
  writeFileSync(file, bytes);
  return page;
}

/** A project as a Polyphony from before the application id wrote it: id 0, migrated to `upTo`. */
export async function legacyProject(file: string, upTo = '003-source-sizes'): Promise<void> {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(upTo);
  if (error) throw error;
  raw.prepare("INSERT INTO project VALUES ('p1', 'old', 2, '2024-01-01T00:00:00Z')").run();
  raw.prepare("INSERT INTO codes VALUES ('c1', 'Old code', '', '#112233', NULL, 'ada', '2024-01-01T00:00:00Z')").run();
  await db.destroy();
}
