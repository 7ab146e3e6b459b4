import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sql, type Migration, type MigrationProvider } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openProject } from '../src/index.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { APPLICATION_ID } from '../src/sqlite/file-header.js';
import { breakPageOf, fileState, foreignDatabase, legacyProject } from './file-state.js';
import { seededProject, tempFile } from './fixtures.js';

/** Expects `openProject(file)` to refuse with `code`, leaving the file exactly as it was. */
async function expectRefused(file: string, code: string, options: Parameters<typeof openProject>[1] = {}): Promise<Error> {
  const before = fileState(file);
  const error = await openProject(file, options).then(
    async (p) => {
      await p.close();
      return null;
    },
    (e: unknown) => e as Error,
  );
  expect(error).toMatchObject({ code });
  expect(error?.message).toContain(file);
  expect(fileState(file)).toEqual(before);
  expect(before.siblings.filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([]);
  return error as Error;
}

const header = (file: string) => {
  const db = new Database(file, { readonly: true });
  const out = { applicationId: db.pragma('application_id', { simple: true }), journal: db.pragma('journal_mode', { simple: true }) };
  db.close();
  return out;
};

describe('opening only what is ours', () => {
  it('sets the application id on create', async () => {
    const file = tempFile();
    await (await openProject(file, { create: true })).close();
    expect(header(file)).toEqual({ applicationId: APPLICATION_ID, journal: 'wal' });
  });

  it('refuses an empty file and a file that is not SQLite without touching them', async () => {
    const empty = tempFile('empty.polyphony');
    writeFileSync(empty, '');
    expect((await expectRefused(empty, 'not_a_project')).message).toMatch(/empty/);
    const text = tempFile('notes.polyphony');
    writeFileSync(text, 'Interviewer: this is a transcript, not a project file at all.\n'.repeat(40));
    expect((await expectRefused(text, 'not_a_project')).message).toMatch(/not an SQLite database/);
  });

  it("refuses another program's database — its own id, or id 0 without Polyphony's tables — and leaves it working", async () => {
    for (const journal of ['delete', 'wal'] as const) {
      const file = tempFile(`recipes-${journal}.db`);
      foreignDatabase(file, journal);
      expect((await expectRefused(file, 'not_a_project')).message).toMatch(/without Polyphony's tables \(it has tables recipes\)/);
      expect(header(file)).toEqual({ applicationId: 0, journal });
      const db = new Database(file);
      expect(db.prepare('SELECT count(*) FROM recipes').pluck().get()).toBe(2);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    const geo = tempFile('map.gpkg');
    foreignDatabase(geo, 'delete', 0x47504b47);
    expect((await expectRefused(geo, 'not_a_project')).message).toMatch(/another program's SQLite database \(application id 0x47504b47\)/);
    const blank = tempFile('blank.db');
    const db = new Database(blank);
    db.pragma('user_version = 7');
    db.close();
    expect((await expectRefused(blank, 'not_a_project')).message).toMatch(/no tables/);
  });

  it("reads another program's database with its WAL beside it read-only, finishing none of its writes", async () => {
    const file = tempFile('busy.db');
    foreignDatabase(file, 'wal');
    const owner = new Database(file);
    owner.pragma('wal_autocheckpoint = 0');
    owner.exec("INSERT INTO recipes (title) VALUES ('stew')");
    const before = fileState(file);
    await expect(openProject(file)).rejects.toMatchObject({ code: 'not_a_project' });
    expect(fileState(file)).toEqual(before);
    expect(owner.prepare('SELECT count(*) FROM recipes').pluck().get()).toBe(3);
    owner.close();
  });

  it('refuses a newer schema before switching it to WAL', async () => {
    const file = tempFile();
    await (await openProject(file, { create: true })).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.prepare("INSERT INTO kysely_migration(name, timestamp) VALUES ('999-future', '2030-01-01')").run();
    raw.close();
    expect((await expectRefused(file, 'schema_too_new')).message).toMatch(/999-future/);
    expect(header(file).journal).toBe('delete');
  });

  it('refuses a file with broken pages, advising a restore from backup', async () => {
    const file = tempFile();
    await (await seededProject(file)).close();
    breakPageOf(file, 'turns');
    const error = await expectRefused(file, 'corrupt_project');
    expect(error.message).toMatch(/polyphony backup/);
    expect(error.message).toMatch(/polyphony restore/);
    await expectRefused(file, 'corrupt_project', { check: 'full' });
  });

  it('adopts a project made before the application id, keeping its data', async () => {
    const file = tempFile();
    await legacyProject(file);
    const p = await openProject(file);
    expect(await p.info()).toMatchObject({ id: 'p1', name: 'old' });
    expect((await p.getCode('Old code')).color).toBe('#112233');
    await p.close();
    expect(header(file).applicationId).toBe(APPLICATION_ID);
  });

  it('runs migrations all or nothing: a failing one leaves the file as it was', async () => {
    const file = tempFile();
    await legacyProject(file, '001-initial');
    const broken: Migration = {
      async up(db) {
        await db.schema.createTable('half_done').addColumn('id', 'text').execute();
        await sql`insert into half_done values ('x')`.execute(db);
        throw new Error('migration 004 failed half-way');
      },
    };
    const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS, '004-broken': broken }) };
    const before = fileState(file);
    await expect(openProject(file, { migrations: provider })).rejects.toThrow(/004 failed half-way/);
    expect(fileState(file)).toEqual(before);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all()).toEqual(['001-initial']);
    expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('half_done', 'sources_listing')").pluck().get()).toBe(0);
    expect(raw.pragma('application_id', { simple: true })).toBe(0);
    raw.close();
    const p = await openProject(file);
    expect((await p.getCode('Old code')).name).toBe('Old code');
    await p.close();
  });
});
