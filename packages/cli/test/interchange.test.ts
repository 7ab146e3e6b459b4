import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat } from '@polyphony/app';
import type { ProjectSnapshot } from '@polyphony/core';
import { openProject } from '@polyphony/store';
import { cli, repoRoot, tempDir, type CliRun } from './run-cli.js';

/**
 * REFI-QDA interchange and the other exports, end to end through the built CLI: a project goes
 * out as .qdpx and comes back as a new project that the analysis cannot tell apart from the
 * original; the files validate against the REFI-QDA schemas; untrusted files are refused without
 * leaving anything behind; every export format writes a file its readers can open.
 */

const refiSchemas = path.join(path.resolve(repoRoot, '../shared'), 'refi/openqda-refi-tools');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const demoDir = path.join(repoRoot, 'examples/ips-meetings');

/** Runs the CLI and fails with its stderr when it does not succeed. */
function ok(args: string[], env?: Record<string, string>): CliRun {
  const r = cli(args, env ? { env } : {});
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return r;
}

/** Everything the CLI shows about a project as JSON, for comparing two projects. */
function cliViews(file: string): Record<string, unknown> {
  const json = (args: string[]) => ok([...args, file, '--json']).json<unknown>();
  return {
    sources: json(['sources', 'list']),
    participants: json(['participants', 'list']),
    codes: json(['codes', 'list']),
    codings: json(['codings', 'list']),
    memos: json(['memos']),
    journal: json(['journal', 'list']),
    table: json(['table']),
    triangulation: json(['triangulation']),
  };
}

/** The whole stored project (texts, turns, segments, …) without its own id. */
async function snapshotOf(file: string): Promise<Omit<ProjectSnapshot, 'id'>> {
  const project = await openProject(file, { actor: 'tester' });
  try {
    const { id: _id, ...rest } = await project.snapshot();
    return rest;
  } finally {
    await project.close();
  }
}

/** Validates an XML file against a REFI-QDA schema with xmllint; returns xmllint's verdict. */
function validate(file: string, schema: string): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', path.join(refiSchemas, schema), file], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}
const canValidate = (schema: string) => hasXmllint && fs.existsSync(path.join(refiSchemas, schema));

/** `project.qde` of a .qdpx archive, as text. */
function qdeOf(qdpx: string): string {
  const entry = unzipSync(fs.readFileSync(qdpx))['project.qde'];
  expect(entry, `${qdpx} holds project.qde`).toBeDefined();
  return strFromU8(entry!);
}

/** Files in `dir` whose name starts with `base` (a project file and its -wal/-shm companions). */
const leftovers = (dir: string, base: string) => fs.readdirSync(dir).filter((f) => f.startsWith(base));

describe('REFI-QDA round trip of the demo project', () => {
  const dir = tempDir();
  const demo = path.join(dir, 'demo.polyphony');
  const qdpx = path.join(dir, 'demo.qdpx');
  const copy = path.join(dir, 'copy.polyphony');

  beforeAll(() => {
    ok(['demo', demo]);
    ok(['export', demo, '--format', 'qdpx', '--out', qdpx]);
  });

  // Skipped only where xmllint or the shared REFI-QDA schemas are not installed.
  it.skipIf(!canValidate('Project.xsd'))('writes a project.qde that validates against Project.xsd', () => {
    const qde = path.join(dir, 'demo.qde');
    fs.writeFileSync(qde, qdeOf(qdpx));
    const v = validate(qde, 'Project.xsd');
    expect(v.output).toContain('validates');
    expect(v.status).toBe(0);
  });

  it('gives the same GUIDs, texts and archive layout when the same project is exported twice', () => {
    const again = path.join(dir, 'again.qdpx');
    ok(['export', demo, '--format', 'qdpx', '--out', again]);
    const [a, b] = [unzipSync(fs.readFileSync(qdpx)), unzipSync(fs.readFileSync(again))];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(a).filter((n) => n.startsWith('sources/'))).toHaveLength(18);
    for (const name of Object.keys(a)) if (name !== 'project.qde') expect(strFromU8(b[name]!), name).toBe(strFromU8(a[name]!));
    // The export time is the one thing allowed to differ (it is the archive's creationDateTime).
    const withoutExportTime = (xml: string) => xml.replace(/(<Project [^>]*?)creationDateTime="[^"]*"/, '$1');
    const [qa, qb] = [strFromU8(a['project.qde']!), strFromU8(b['project.qde']!)];
    const guids = (xml: string) => [...xml.matchAll(/guid="([^"]+)"/gi)].map((m) => m[1]);
    expect(guids(qb)).toEqual(guids(qa));
    expect(guids(qa).length).toBeGreaterThan(300);
    expect(withoutExportTime(qb)).toBe(withoutExportTime(qa));
  });

  it('imports into a new project file that the analysis cannot tell from the original', async () => {
    const r = ok(['import', copy, qdpx, '--json']).json<{ imported: Record<string, number>; skipped: unknown[] }>();
    expect(r.imported).toMatchObject({ sources: 18, codes: 21, codings: 153, participants: 18, themes: 11 });
    expect(r.skipped).toEqual([]);
    expect(cliViews(copy)).toEqual(cliViews(demo));
    expect(await snapshotOf(copy)).toEqual(await snapshotOf(demo));
  });

  it('refuses a .qdpx into a project that already has sources (exit 5) and changes nothing', () => {
    // Every change appends to the audit log, so an unchanged log and counts mean nothing changed.
    const state = () => [ok(['info', copy, '--json']).stdout, ok(['log', copy, '--json', '--limit', '100000']).stdout];
    const before = state();
    const r = cli(['import', copy, qdpx]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/new project/);
    expect(state()).toEqual(before);
  });

  it('re-applies its analysis file to a fresh import of the same transcripts with the same theme table', () => {
    const analysis = path.join(dir, 'analysis.json');
    ok(['export', demo, '--format', 'analysis', '--out', analysis]);
    const fresh = path.join(dir, 'fresh.polyphony');
    ok(['init', fresh]);
    const transcripts = fs.readdirSync(demoDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(demoDir, f));
    ok(['import', fresh, ...transcripts, '--participants', path.join(demoDir, 'metadata.csv'), '--json']);
    ok(['apply', fresh, analysis, '--json']);
    expect(ok(['table', fresh, '--json']).json()).toEqual(ok(['table', demo, '--json']).json());
    expect(ok(['triangulation', fresh, '--json']).json()).toEqual(ok(['triangulation', demo, '--json']).json());
  });
});

/**
 * A study unlike the demo: perspectives named in Norwegian (one with å), two coders who code the
 * same passage, a three-level code tree, memos on every kind of target, and texts where emoji
 * (astral characters, skin tones, ZWJ families) sit before the coded passages, so that UTF-16
 * offsets and REFI-QDA code-point positions differ.
 */
function writeEmojiStudy(dir: string): { folder: string; csv: string } {
  const folder = path.join(dir, 'emoji-study');
  fs.mkdirSync(folder);
  fs.writeFileSync(
    path.join(folder, 'U1.txt'),
    'Intervjuer: Hvordan gikk møtet? 🙂\n\n' +
      'U1: Det gikk bra 👍🏽, men jeg var nervøs før møtet. Jeg sa ingenting om pengene 💸 fordi jeg var redd for å virke lat.\n\n' +
      'Intervjuer: Hva skulle du ønske?\n\n' +
      'U1: At noen spurte meg direkte — «hva trenger du?» Det hadde hjulpet. 🌱\n',
  );
  fs.writeFileSync(
    path.join(folder, 'U2.txt'),
    'Intervjuer: Var det lett å si fra? 🤔\n\nU2: Nei. Æ, ø og å på skjemaet, og ingen spurte om økonomien min 😬.\n',
  );
  fs.writeFileSync(
    path.join(folder, 'M1.txt'),
    'Interviewer: What did you see? 👀\n\nM1: The young person went quiet 😶 when money came up. I should have asked about økonomi.\n',
  );
  fs.writeFileSync(
    path.join(folder, 'F1.txt'),
    'Intervjuer: Hva la du merke til?\r\n\r\nF1: Sønnen min smilte 😊 men sa lite. Familien 👨‍👩‍👦 var der: «Jeg er redd for å miste støtten.»\r\n',
  );
  const csv = path.join(dir, 'deltakere.csv');
  fs.writeFileSync(
    csv,
    'participant,perspective,case,skole,alder\n' +
      'U1,Ungdom,Ålesund,Fagskolen 🎓,17\n' +
      'U2,Ungdom,Tromsø,"Vg2, studiespesialisering",19\n' +
      'M1,Mentorer,Ålesund,,\n' +
      'F1,Pårørende,Ålesund,,\n',
  );
  return { folder, csv };
}

describe('REFI-QDA round trip of a study with æøå, emoji and two coders', () => {
  const dir = tempDir();
  const file = path.join(dir, 'studie.polyphony');
  const qdpx = path.join(dir, 'studie.qdpx');
  const copy = path.join(dir, 'kopi.polyphony');
  const alice = { POLYPHONY_CODER: 'alice' };
  const bjorn = { POLYPHONY_CODER: 'bjørn' };
  let u1Text = '';

  beforeAll(() => {
    const { folder, csv } = writeEmojiStudy(dir);
    ok(['init', file]);
    ok(['import', file, folder, '--participants', csv]);
    ok(['codes', 'create', file, 'Økonomisk trygghet 💰', '--description', 'Bekymring for penger — «hva skjer hvis det går galt?»', '--color', '#cc79a7'], alice);
    ok(['codes', 'create', file, 'Taushet', '--parent', 'Økonomisk trygghet 💰', '--description', 'Det som ikke blir sagt', '--color', '#009e73'], alice);
    ok(['codes', 'create', file, 'Redd for å virke lat', '--parent', 'Taushet', '--color', '#e69f00'], bjorn);
    ok(['codes', 'create', file, 'Å bli spurt', '--description', 'Being asked directly 🙋'], bjorn);
    const quote = 'Jeg sa ingenting om pengene 💸';
    ok(['code', file, '--source', 'U1', '--code', 'Taushet', '--quote', quote], alice);
    ok(['code', file, '--source', 'U1', '--code', 'Taushet', '--quote', quote], bjorn);
    ok(['code', file, '--source', 'U1', '--code', 'Økonomisk trygghet 💰', '--quote', quote], bjorn);
    ok(['code', file, '--source', 'U1', '--code', 'Å bli spurt', '--quote', '«hva trenger du?»', '--comment', 'sitat 😀 æøå'], alice);
    ok(['code', file, '--source', 'U2', '--code', 'Taushet', '--quote', 'ingen spurte om økonomien min 😬'], alice);
    ok(['code', file, '--source', 'M1', '--code', 'Taushet', '--quote', 'went quiet 😶 when money came up'], bjorn);
    ok(['code', file, '--source', 'F1', '--code', 'Redd for å virke lat', '--quote', '«Jeg er redd for å miste støtten.»'], bjorn);
    u1Text = ok(['sources', 'show', file, 'U1', '--json']).json<{ text: string }>().text;
    // By offsets too: the skin-toned thumb is four UTF-16 units and two code points.
    const thumb = u1Text.indexOf('👍🏽');
    ok(['code', file, '--source', 'U1', '--code', 'Økonomisk trygghet 💰', '--start', String(thumb), '--end', String(thumb + '👍🏽'.length)], alice);
    ok(['themes', 'create', file, 'Pengene ingen snakker om', '--perspective', 'Ungdom', '--definition', 'Økonomi som tabu 🤐', '--codes', 'Taushet'], alice);
    ok(['themes', 'create', file, 'Å late som', '--parent', 'Pengene ingen snakker om', '--codes', 'Redd for å virke lat;Å bli spurt'], alice);
    ok(['themes', 'create', file, 'Stillhet i rommet', '--perspective', 'Mentorer', '--codes', 'Taushet'], bjorn);
    ok(['themes', 'create', file, 'Penger på bordet', '--cross-cutting', '--codes', 'Taushet;Økonomisk trygghet 💰', '--relation', 'divergent',
      '--summary', 'Ungdom=Tør ikke spørre 😟', '--summary', 'Mentorer=Merker stillheten', '--note', 'Pårørende er tause ✋'], alice);
    const coding = ok(['codings', 'list', file, '--json']).json<{ id: string; comment: string }[]>().find((c) => c.comment !== '')!;
    ok(['memo', 'add', file, 'Refleksjon 🧭: æøå ÆØÅ'], alice);
    ok(['memo', 'add', file, 'Kilden er kort 📝', '--on', 'source', '--target', 'U1'], bjorn);
    ok(['memo', 'add', file, 'Kodenotat «Taushet»', '--on', 'code', '--target', 'Taushet'], alice);
    ok(['memo', 'add', file, 'Tema 🌊', '--on', 'theme', '--target', 'Stillhet i rommet'], bjorn);
    ok(['memo', 'add', file, 'Om denne kodingen 👌', '--on', 'coding', '--target', coding.id], alice);
    ok(['journal', 'add', file, 'Dag 1 ✍️ — fase 1'], bjorn);
    ok(['export', file, '--format', 'qdpx', '--out', qdpx]);
  });

  it('writes REFI-QDA positions in code points, validated against Project.xsd', () => {
    const qde = qdeOf(qdpx);
    const codings = ok(['codings', 'list', file, '--json']).json<{ segmentInfo: { id: string; source: string; start: number; end: number; exact: string } }[]>();
    const u1 = ok(['sources', 'list', file, '--json']).json<{ id: string; name: string }[]>().find((s) => s.name === 'U1')!;
    const thumb = codings.find((c) => c.segmentInfo.exact === '👍🏽')!.segmentInfo;
    expect(thumb.source).toBe(u1.id);
    const codePoint = (utf16: number) => [...u1Text.slice(0, utf16)].length;
    const selection = new RegExp(`<PlainTextSelection guid="${thumb.id}" startPosition="(\\d+)" endPosition="(\\d+)"`).exec(qde);
    expect(selection?.slice(1).map(Number)).toEqual([codePoint(thumb.start), codePoint(thumb.end)]);
    // An emoji and an æøå precede it, so the two units really differ here.
    expect(codePoint(thumb.start)).toBeLessThan(thumb.start);
    expect(codePoint(thumb.end) - codePoint(thumb.start)).toBe(2);
    if (!canValidate('Project.xsd')) return void console.warn('xmllint or Project.xsd missing: schema check skipped');
    const out = path.join(dir, 'studie.qde');
    fs.writeFileSync(out, qde);
    expect(validate(out, 'Project.xsd').status).toBe(0);
  });

  it('comes back as a new project with the same texts, codes, segments, codings per coder, memos and participants', async () => {
    const r = ok(['import', copy, qdpx, '--json']).json<{ imported: Record<string, number>; skipped: unknown[]; warnings: string[] }>();
    expect(r.imported).toMatchObject({ sources: 4, codes: 4, codings: 8, participants: 4, coders: 2, memos: 6, themes: 4 });
    expect(r.skipped).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(cliViews(copy)).toEqual(cliViews(file));
    expect(await snapshotOf(copy)).toEqual(await snapshotOf(file));

    // The same things, spelled out as a reader of this test would check them by hand.
    const codes = ok(['codes', 'list', copy, '--json']).json<{ name: string; color: string; description: string; parentName: string }[]>();
    expect(codes.find((c) => c.name === 'Redd for å virke lat')).toMatchObject({ parentName: 'Taushet', color: '#e69f00' });
    expect(codes.find((c) => c.name === 'Taushet')).toMatchObject({ parentName: 'Økonomisk trygghet 💰', description: 'Det som ikke blir sagt' });
    const codings = ok(['codings', 'list', copy, '--json']).json<{ coder: string; comment: string; segmentInfo: { exact: string; participant: string } }[]>();
    const onQuote = codings.filter((c) => c.segmentInfo.exact === 'Jeg sa ingenting om pengene 💸');
    expect(onQuote.map((c) => c.coder).sort()).toEqual(['alice', 'bjørn', 'bjørn']);
    expect(codings.find((c) => c.comment !== '')?.comment).toBe('sitat 😀 æøå');
    expect(codings.find((c) => c.segmentInfo.exact.startsWith('«Jeg er redd'))?.segmentInfo.participant).toBe('F1');
    const participants = ok(['participants', 'list', copy, '--json']).json<{ id: string; perspective: string; case: string; attributes: Record<string, string> }[]>();
    expect(participants.find((p) => p.id === 'U2')).toMatchObject({ perspective: 'Ungdom', case: 'Tromsø', attributes: { skole: 'Vg2, studiespesialisering', alder: '19' } });
    expect(participants.find((p) => p.id === 'F1')?.perspective).toBe('Pårørende');
    const memos = ok(['memos', copy, '--json']).json<{ text: string; author: string; targetKind: string }[]>();
    expect(memos.map((m) => `${m.targetKind}|${m.author}|${m.text}`).sort()).toEqual([
      'code|alice|Kodenotat «Taushet»',
      'coding|alice|Om denne kodingen 👌',
      'project|alice|Refleksjon 🧭: æøå ÆØÅ',
      'project|bjørn|Dag 1 ✍️ — fase 1',
      'source|bjørn|Kilden er kort 📝',
      'theme|bjørn|Tema 🌊',
    ]);
    const tri = ok(['triangulation', copy, '--json']).json<{ name: string; relation: string; silent: string[] }[]>();
    expect(tri).toEqual([expect.objectContaining({ name: 'Penger på bordet', relation: 'divergent', silent: ['Pårørende'] })]);
  });

  it('merges its codebook (.qdc) into another project: existing codes kept, new codes and themes created, a report printed', () => {
    const qdc = path.join(dir, 'studie.qdc');
    ok(['export', file, '--format', 'qdc', '--out', qdc]);
    if (canValidate('Codebook.xsd')) expect(validate(qdc, 'Codebook.xsd').output).toContain('validates');
    // Another project with one of the perspectives (Ungdom) and its own "Taushet".
    const other = path.join(dir, 'annen.polyphony');
    const csv = path.join(dir, 'annen.csv');
    fs.writeFileSync(csv, 'participant,perspective,case\nU1,Ungdom,Molde\n');
    ok(['init', other]);
    ok(['import', other, path.join(dir, 'emoji-study', 'U1.txt'), '--participants', csv]);
    ok(['codes', 'create', other, 'Taushet', '--description', 'Vår egen definisjon', '--color', '#000000']);

    const r = ok(['import', other, qdc]);
    expect(r.stdout).toMatch(/Codes: 3 new, 1 already in the project/);
    // The Mentorer theme cannot be placed here: said so, not dropped silently.
    expect(r.stdout).toMatch(/Stillhet i rommet.*Mentorer/);
    const codes = ok(['codes', 'list', other, '--json']).json<{ name: string; color: string; description: string; parentName: string }[]>();
    expect(codes.map((c) => c.name).sort()).toEqual(['Økonomisk trygghet 💰', 'Å bli spurt', 'Redd for å virke lat', 'Taushet'].sort());
    // The project's own code wins: its description, colour and (absent) parent stay.
    expect(codes.find((c) => c.name === 'Taushet')).toMatchObject({ description: 'Vår egen definisjon', color: '#000000', parentName: '' });
    expect(codes.find((c) => c.name === 'Redd for å virke lat')?.parentName).toBe('Taushet');
    expect(codes.find((c) => c.name === 'Økonomisk trygghet 💰')).toMatchObject({ color: '#cc79a7', description: 'Bekymring for penger — «hva skjer hvis det går galt?»' });
    const table = ok(['table', other, '--json']).json<{ themes: { name: string; perspective: string | null; parent: string | null; codes: string[] }[] }>();
    expect(table.themes.map((t) => [t.name, t.perspective, t.parent, [...t.codes].sort()])).toEqual([
      ['Pengene ingen snakker om', 'Ungdom', null, ['Taushet']],
      ['Å late som', 'Ungdom', 'Pengene ingen snakker om', ['Å bli spurt', 'Redd for å virke lat'].sort()],
      ['Penger på bordet', null, null, ['Økonomisk trygghet 💰', 'Taushet'].sort()],
    ]);

    // Importing the same codebook again creates nothing.
    const again = ok(['import', other, qdc, '--json']).json<{ created: number; existing: number; themes: { created: number; existing: number } }>();
    expect(again).toMatchObject({ created: 0, existing: 4, themes: { created: 0, existing: 3 } });
    expect(ok(['codes', 'list', other, '--json']).json<unknown[]>()).toHaveLength(4);
  });
});

describe('untrusted .qdpx files', () => {
  const dir = tempDir();
  const crafted: [string, Uint8Array, RegExp][] = [
    ['not-a-zip', strToU8('this is not a zip archive'), /zip/i],
    ['no-project-qde', zipSync({ 'sources/a.txt': strToU8('hei') }), /project\.qde/],
    [
      'doctype',
      zipSync({
        'project.qde': strToU8(
          '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n' +
            '<Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;" origin="x"/>',
        ),
      }),
      /DOCTYPE|DTD/,
    ],
  ];

  for (const [name, bytes, message] of crafted) {
    it(`${name}: a clear message, exit 3, and no project file left behind`, () => {
      const input = path.join(dir, `${name}.qdpx`);
      fs.writeFileSync(input, bytes);
      const r = cli(['import', path.join(dir, `${name}.polyphony`), input]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(`${name}.qdpx`);
      expect(r.stderr).not.toMatch(/at .*\.js/);
      expect(leftovers(dir, `${name}.polyphony`)).toEqual([]);
    });
  }
});

describe('every export format', () => {
  const dir = tempDir();
  const demo = path.join(dir, 'demo.polyphony');
  beforeAll(() => void ok(['demo', demo]));

  const zipEntries = (bytes: Uint8Array) => unzipSync(bytes);
  const csvWithHeader = (bytes: Uint8Array, first: string) => {
    // The BOM makes Excel read the file as UTF-8 (æøå would otherwise be mangled).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder (under strFromU8) drops the BOM.
    const text = strFromU8(bytes);
    expect(text.split(/\r?\n/)[0]).toMatch(new RegExp(`^${first}`));
    expect(text.trim().split(/\r?\n/).length).toBeGreaterThan(10);
  };
  /** One check per format, typed so that a new format without a check does not compile. */
  const checks: Record<ExportFormat, (bytes: Uint8Array) => void> = {
    qdpx: (bytes) => expect(strFromU8(zipEntries(bytes)['project.qde']!)).toMatch(/<Project /),
    qdc: (bytes) => expect(strFromU8(bytes)).toMatch(/<CodeBook [^>]*>[\s\S]*<Code /),
    analysis: (bytes) => expect(JSON.parse(strFromU8(bytes))).toHaveProperty('themes'),
    'segments-csv': (bytes) => csvWithHeader(bytes, 'code,themes,participant,perspective,case,'),
    'segments-xlsx': (bytes) => {
      const entries = zipEntries(bytes);
      const sheets = Object.keys(entries).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect(sheets).toHaveLength(2);
      expect(strFromU8(entries[sheets[0]!]!)).toMatch(/<sheetData>[\s\S]*<row/);
    },
    'codebook-csv': (bytes) => csvWithHeader(bytes, 'code,description,colour,'),
    'codebook-md': (bytes) => expect(strFromU8(bytes)).toMatch(/^\|.*\|\n\|[-: |]+\|$/m),
    'codebook-docx': (bytes) => expect(strFromU8(zipEntries(bytes)['word/document.xml']!)).toContain('Pressure to succeed'),
    'matrix-csv': (bytes) => csvWithHeader(bytes, 'code,J1,J2,'),
  };

  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    it(`${format}: writes a file that its reader can open`, () => {
      const out = path.join(dir, `out-${format}`);
      const r = ok(['export', demo, '--format', format, '--out', out, '--json']).json<{ bytes: number }>();
      const bytes = new Uint8Array(fs.readFileSync(out));
      expect(bytes.length).toBe(r.bytes);
      checks[format](bytes);
    });
  }

  it('an unknown format is exit 3 naming the formats, and writes nothing', () => {
    const out = path.join(dir, 'out.pdf');
    const r = cli(['export', demo, '--format', 'pdf', '--out', out]);
    expect(r.code).toBe(3);
    for (const format of Object.keys(EXPORT_FORMATS)) expect(r.stderr).toContain(format);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('backup and restore', () => {
  const dir = tempDir();
  const demo = path.join(dir, 'demo.polyphony');
  const backup = path.join(dir, 'demo.backup');
  const restored = path.join(dir, 'restored.polyphony');
  const views = (file: string) => ({
    table: ok(['table', file, '--json']).json(),
    codings: ok(['codings', 'list', file, '--json']).json(),
    log: ok(['log', file, '--json', '--limit', '100000']).json(),
  });

  beforeAll(() => {
    ok(['demo', demo]);
    ok(['memo', 'add', demo, 'Før sikkerhetskopien 💾']);
  });

  it('restores a project whose theme table, codings and audit log equal the original', () => {
    ok(['backup', demo, backup]);
    expect(cli(['backup', demo, backup]).code).toBe(5);
    ok(['restore', backup, restored]);
    expect(views(restored)).toEqual(views(demo));
    expect(ok(['memos', restored, '--json']).json<{ text: string }[]>().map((m) => m.text)).toEqual(['Før sikkerhetskopien 💾']);
  });

  it('refuses to overwrite a project without --force, and replaces it with --force', () => {
    ok(['memo', 'add', restored, 'Etter gjenoppretting']);
    const r = cli(['restore', backup, restored]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/--force/);
    expect(ok(['memos', restored, '--json']).json<unknown[]>()).toHaveLength(2);
    ok(['restore', backup, restored, '--force']);
    expect(ok(['memos', restored, '--json']).json<unknown[]>()).toHaveLength(1);
    expect(views(restored)).toEqual(views(demo));
  });
});
