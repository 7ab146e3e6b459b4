import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';
import { writeStudy } from './study-files.js';

/** Bad input of every kind gets a clear message, a non-zero exit code, and changes nothing. */
describe('bad input', () => {
  const dir = tempDir();
  const file = path.join(dir, 'p.polyphony');
  let csv: string;
  let folder: string;
  const info = () => cli(['info', file, '--json']).json<{ counts: Record<string, number> }>().counts;

  beforeAll(() => {
    ({ folder, csv } = writeStudy(dir));
    expect(cli(['init', file]).code).toBe(0);
  });

  it('refuses a project that does not exist, and init over one that does', () => {
    const missing = cli(['info', path.join(dir, 'nope.polyphony')]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/project_not_found/);
    expect(missing.stderr).not.toMatch(/at .*\.js/);
    expect(cli(['init', file]).code).toBe(5);
  });

  it('a malformed participants CSV names the line and imports nothing', () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'participant,perspective,case\nP1,P,A\n"P2,P,B\n');
    const r = cli(['import', file, folder, '--participants', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.csv/);
    expect(r.stderr).toMatch(/line 3/i);
    expect(info().sources).toBe(0);
    expect(info().participants).toBe(0);
  });

  it('a broken docx in a batch is named with the reason, stores nothing, and the rest goes on', () => {
    const batch = path.join(dir, 'batch');
    fs.mkdirSync(batch);
    fs.copyFileSync(path.join(folder, 'P1.txt'), path.join(batch, 'P1.txt'));
    fs.writeFileSync(path.join(batch, 'N1.docx'), fs.readFileSync(path.join(folder, 'N1.docx')).subarray(0, 200));
    fs.writeFileSync(path.join(batch, 'R1.vtt'), 'WEBVTT\n\n00:00:01.000 --> later\nR1: hello\n');
    const r = cli(['import', file, batch, '--participants', csv, '--json']);
    expect(r.code).toBe(6);
    const results = r.json<{ results: { file: string; status: string; error?: { code: string; message: string } }[] }>().results;
    const by = Object.fromEntries(results.map((x) => [path.basename(x.file), x]));
    expect(by['P1.txt']?.status).toBe('imported');
    expect(by['N1.docx']).toMatchObject({ status: 'failed', error: { code: 'parse_error' } });
    expect(by['R1.vtt']).toMatchObject({ status: 'failed', error: { code: 'parse_error' } });
    expect(by['R1.vtt']?.error?.message).toMatch(/line 3/);
    expect(r.stderr).toMatch(/N1\.docx/);
    const names = cli(['sources', 'list', file, '--json']).json<{ name: string }[]>().map((s) => s.name);
    expect(names).toEqual(['P1']);
  });

  it('a quote that is not in the text names the closest text; an ambiguous one lists the matches', () => {
    expect(cli(['codes', 'create', file, 'Worry']).code).toBe(0);
    const before = info().codings;
    const missing = cli(['code', file, '--source', 'P1', '--code', 'Worry', '--quote', 'Jeg var bekymret for pengene.']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/quote_not_found/);
    expect(missing.stderr).toContain('Jeg var bekymret for økonomien');
    const ambiguous = cli(['code', file, '--source', 'P1', '--code', 'Worry', '--quote', 'Intervjuer']);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stderr).toMatch(/quote_ambiguous/);
    expect(info().codings).toBe(before);
  });

  it('an unknown code or source is "not found"; offsets outside the text are refused', () => {
    const unknownCode = cli(['code', file, '--source', 'P1', '--code', 'No such code', '--quote', 'Hvordan var møtet?']);
    expect(unknownCode.code).toBe(4);
    expect(unknownCode.stderr).toMatch(/unknown_code/);
    expect(cli(['code', file, '--source', 'Nobody', '--code', 'Worry', '--quote', 'x']).code).toBe(4);
    const range = cli(['code', file, '--source', 'P1', '--code', 'Worry', '--start', '10', '--end', '999999']);
    expect(range.code).toBe(3);
    expect(range.stderr).toMatch(/offsets_out_of_range/);
  });

  it('an analysis file with problems applies nothing and lists every problem by item', () => {
    const before = info();
    const bad = path.join(dir, 'analysis.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        perspectives: [{ id: 'P', label: 'Patients' }],
        codes: [{ name: 'Fresh code', description: 'new' }],
        codings: [
          { participant: 'P1', code: 'Fresh code', quote: 'Hva skjer hvis jobben ikke går?' },
          { participant: 'P1', code: 'Fresh code', quote: 'This sentence is nowhere.' },
        ],
        themes: [],
        triangulation: [],
      }),
    );
    const r = cli(['apply', file, bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/analysis_invalid/);
    expect(r.stderr).toMatch(/codings\[1\]/);
    expect(info()).toEqual(before);
    const unknown = path.join(dir, 'unknown.json');
    fs.writeFileSync(unknown, JSON.stringify({ perspectives: [], codes: [], codings: [{ participant: 'P1', code: 'Ghost', quote: 'x' }], themes: [], triangulation: [] }));
    const u = cli(['apply', file, unknown]);
    expect(u.code).toBe(3);
    expect(u.stderr).toMatch(/Ghost/);
    fs.writeFileSync(unknown, '{ not json');
    expect(cli(['apply', file, unknown]).code).toBe(3);
  });

  it('an analysis file or codebook nested past the limit is nesting_too_deep, exit 3, and changes nothing', () => {
    const before = info();
    const deepJson = path.join(dir, 'deep.json');
    fs.writeFileSync(deepJson, `{"codes": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const r = cli(['apply', file, deepJson]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/nesting_too_deep.*deep\.json: lists and objects are nested more than 64 levels deep/);
    const deepQdc = path.join(dir, 'deep.qdc');
    fs.writeFileSync(deepQdc, `<CodeBook>${'<Code guid="g" name="x">'.repeat(2_000)}${'</Code>'.repeat(2_000)}</CodeBook>`);
    const q = cli(['import', file, deepQdc]);
    expect(q.code).toBe(3);
    expect(q.stderr).toMatch(/nesting_too_deep.*deep\.qdc: elements are nested more than 256 levels deep/);
    expect(info()).toEqual(before);
  });

  it('a bad search query is bad input, not a database error', () => {
    const r = cli(['search', file, '"unclosed phrase']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad_input/);
  });

  it('unknown options are usage errors; undo with nothing to undo is a conflict', () => {
    expect(cli(['table', file, '--frobnicate']).code).toBe(2);
    const fresh = path.join(dir, 'fresh.polyphony');
    cli(['init', fresh]);
    const r = cli(['undo', fresh]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/nothing_to_undo/);
  });
});
