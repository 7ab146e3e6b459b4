import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openProject } from '../src/index.js';
import { migrationProvider } from '../src/migrations/index.js';
import { tempFile } from './fixtures.js';
import { withCode } from './helpers.js';

/** The schema as SQLite stores it, one statement per object, in name order. */
function schemaOf(file: string): string {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { type: string; name: string; sql: string }[];
  db.close();
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};\n`).join('\n');
}

describe('schema', () => {
  it('matches the committed snapshot (change it only with a new migration)', async () => {
    const file = tempFile();
    await (await openProject(file, { create: true })).close();
    const expected = readFileSync(new URL('./schema.snapshot.sql', import.meta.url), 'utf8');
    expect(schemaOf(file)).toBe(expected);
  });

  it('opens a project made at migration 1 and migrates it, keeping its data', async () => {
    const file = tempFile();
    const raw = new Database(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const r = await new Migrator({ db, provider: migrationProvider }).migrateTo('001-initial');
    expect(r.error).toBeUndefined();
    raw.prepare("INSERT INTO project VALUES ('p1', 'old', 2, '2024-01-01T00:00:00Z')").run();
    raw.prepare("INSERT INTO codes VALUES ('c1', 'Old code', '', '#112233', NULL, 'ada', '2024-01-01T00:00:00Z')").run();
    // A text with a character outside the BMP: its length is counted in UTF-16 code units.
    raw.prepare("INSERT INTO sources VALUES ('s1', 'Old source', 'interview', NULL, 'I: 😀 hei', 1, 'txt', 'nb', '2024-01-01T00:00:00Z')").run();
    raw.prepare("INSERT INTO turns VALUES ('s1', 0, 'I', NULL, 1, 0, 9, 3, NULL, NULL, 1)").run();
    await db.destroy();
    const p = await openProject(file);
    expect(await p.info()).toMatchObject({ id: 'p1', name: 'old', phase: 2 });
    expect((await p.getCode('Old code')).color).toBe('#112233');
    expect(await p.listSources()).toMatchObject([{ name: 'Old source', textLength: 9, turnCount: 1 }]);
    await p.createCode({ name: 'New code' });
    await p.close();
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all()).toEqual(['001-initial', '002-lookup-indexes', '003-source-sizes', '004-copies']);
    check.close();
    expect(schemaOf(file)).toBe(readFileSync(new URL('./schema.snapshot.sql', import.meta.url), 'utf8'));
  });

  it('refuses a file written by a newer schema, and a file that is not a project', async () => {
    const file = tempFile();
    await (await openProject(file, { create: true })).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO kysely_migration(name, timestamp) VALUES ('999-future', '2030-01-01')").run();
    raw.close();
    await expect(openProject(file)).rejects.toThrow(withCode('schema_too_new'));
    const junk = tempFile('junk.polyphony');
    (await import('node:fs')).writeFileSync(junk, 'this is not sqlite at all, just some text that is long enough to be a header');
    await expect(openProject(junk)).rejects.toThrow(withCode('bad_input'));
  });
});
