import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportQdc } from './export-qdc.js';
import { exportQdpx } from './export-qdpx.js';
import { hashGuid, isGuid } from './guid.js';
import { richSnapshot } from './test-snapshot.js';

/** Test helper: where the shared REFI-QDA reference files are (`../shared/refi` from the repo). */
const REFI_DIR = path.resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/refi');

/** Test helper: true when xmllint and the schema exist, so schema tests can run. */
function canValidate(schema: string): boolean {
  if (!existsSync(path.join(REFI_DIR, 'openqda-refi-tools', schema))) return false;
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Test helper: runs `xmllint --noout --schema` on `xml`; returns '' when valid, else its report. */
function schemaErrors(xml: string, schema: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'refi-'));
  const file = path.join(dir, 'doc.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', path.join(REFI_DIR, 'openqda-refi-tools', schema), file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr;
    return stderr ? stderr.toString() : String(e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const now = new Date('2024-05-01T12:00:00Z');

function unpack(bytes: Uint8Array): { qde: string; files: Record<string, string> } {
  const entries = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = strFromU8(data);
  const qde = files['project.qde'];
  if (qde === undefined) throw new Error('no project.qde');
  return { qde, files };
}

describe('exportQdpx', () => {
  it('writes project.qde and one UTF-8 text file per source, referenced as internal://', () => {
    const snapshot = richSnapshot();
    const { qde, files } = unpack(exportQdpx(snapshot, { now }));
    const paths = [...qde.matchAll(/plainTextPath="internal:\/\/([^"]+)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(paths.map((p) => files[`sources/${p}`])).toEqual(snapshot.sources.map((s) => s.text));
    expect(qde).toContain('xmlns="urn:QDA-XML:project:1.0"');
  });

  it('gives the same GUIDs and bytes on every export, and different GUIDs to another project', () => {
    const a = exportQdpx(richSnapshot(), { now });
    expect(exportQdpx(richSnapshot(), { now })).toEqual(a);
    const guids = (qde: string) => [...qde.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]);
    const first = guids(unpack(a).qde);
    expect(first.every((g) => g !== undefined && isGuid(g))).toBe(true);
    expect(new Set(first).size).toBe(first.length);
    const other = guids(unpack(exportQdpx({ ...richSnapshot(), id: 'another-project' }, { now })).qde);
    expect(other.filter((g) => first.includes(g))).toEqual([]);
  });

  it('keeps an id that already is a GUID', () => {
    const snapshot = richSnapshot();
    const code = snapshot.codes[0];
    if (!code) throw new Error('fixture');
    code.id = 'AD68FBE7-E1EE-4A82-A279-23CC698C89EB';
    for (const c of snapshot.codings) if (c.code === 'c-work') c.code = code.id;
    for (const c of snapshot.codes) if (c.parent === 'c-work') c.parent = code.id;
    snapshot.themes.forEach((t) => (t.codes = t.codes.map((id) => (id === 'c-work' ? code.id : id))));
    expect(unpack(exportQdpx(snapshot, { now })).qde).toContain('guid="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" name="Arbeid"');
  });

  it('writes positions in code points: emoji count once, æøå once', () => {
    const { qde } = unpack(exportQdpx(richSnapshot(), { now }));
    const text = richSnapshot().sources[0]?.text ?? '';
    const cp = (quote: string) => {
      const start = [...text.slice(0, text.indexOf(quote))].length;
      return `startPosition="${start}" endPosition="${start + [...quote].length}"`;
    };
    expect(qde).toContain(cp('bakeriet 🎉 og'));
    // 👍🏽 is two code points (four UTF-16 units).
    expect(qde).toContain(cp('«bra» 👍🏽, og æøå'));
    const utf16Start = text.indexOf('«bra»');
    expect(qde).not.toContain(`startPosition="${utf16Start}"`);
  });

  it('writes colours as #RRGGBB, isCodable explicitly, and escapes markup in names', () => {
    const { qde } = unpack(exportQdpx(richSnapshot(), { now }));
    expect(qde).toContain('name="Dypt &amp; &lt;nestet&gt;" isCodable="true" color="#009E73"');
    expect(qde).toMatch(/name="Themes" isCodable="false"/);
  });

  it('drops characters XML 1.0 forbids instead of writing a broken document', () => {
    const snapshot = richSnapshot();
    const code = snapshot.codes[0];
    if (!code) throw new Error('fixture');
    code.name = 'Bad\u0001\u0008name\uFFFF';
    const { qde } = unpack(exportQdpx(snapshot, { now }));
    expect(qde).toContain('name="Badname"');
  });

  it.runIf(canValidate('Project.xsd'))('validates against Project.xsd', () => {
    const { qde } = unpack(exportQdpx(richSnapshot(), { now }));
    expect(schemaErrors(qde, 'Project.xsd')).toBe('');
  });
});

describe('exportQdc', () => {
  it.runIf(canValidate('Codebook.xsd'))('validates against Codebook.xsd, with and without themes', () => {
    expect(schemaErrors(exportQdc(richSnapshot()), 'Codebook.xsd')).toBe('');
    const plain = exportQdc({ ...richSnapshot(), themes: [] });
    expect(plain).not.toContain('<Sets');
    expect(schemaErrors(plain, 'Codebook.xsd')).toBe('');
  });

  it('refuses an empty codebook with a clear error', () => {
    expect(() => exportQdc({ ...richSnapshot(), codes: [], themes: [] })).toThrow(/no codes or themes/);
  });
});

describe('hashGuid', () => {
  it('is deterministic, formatted as a version-5 UUID, and spreads', () => {
    expect(hashGuid('a')).toBe(hashGuid('a'));
    expect(hashGuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const many = new Set(Array.from({ length: 5000 }, (_, i) => hashGuid(`p\u0000code\u0000${i}`)));
    expect(many.size).toBe(5000);
  });
});
