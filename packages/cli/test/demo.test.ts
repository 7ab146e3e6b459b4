import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { cli, repoRoot, tempDir } from './run-cli.js';

interface AnalysisJson {
  perspectives: { id: string; label: string }[];
  codes: { name: string; description: string }[];
  codings: { participant: string; code: string; quote: string }[];
  themes: { perspective: string; name: string; level: string; parent?: string; definition: string; codes: string[]; exemplars?: string[] }[];
  triangulation: { name: string; per_perspective: Record<string, string>; relation: string; note: string }[];
}
interface TableJson {
  perspectives: { id: string; label: string; participants: number }[];
  themes: { perspective: string | null; name: string; level: string; parent: string | null; definition: string; codes: string[]; segments: number; participants: number }[];
}

const demoDir = path.join(repoRoot, 'examples/ips-meetings');
const analysis = JSON.parse(fs.readFileSync(path.join(demoDir, 'analysis.json'), 'utf8')) as AnalysisJson;

describe('the demo project', () => {
  const dir = tempDir();
  const file = path.join(dir, 'demo.polyphony');
  beforeAll(() => {
    const r = cli(['demo', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('imports the 18 transcripts with their participants', () => {
    const sources = cli(['sources', 'list', file, '--json']).json<{ name: string; participant: string }[]>();
    expect(sources.map((s) => s.name).sort()).toEqual(fs.readdirSync(demoDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort());
    for (const s of sources) expect(s.participant).toBe(s.name);
  });

  it('reproduces analysis.json exactly: every code, coding, theme and triangulation', () => {
    const r = cli(['export', file, '--format', 'analysis', '--out', path.join(dir, 'out.json')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')) as AnalysisJson;
    expect(out.perspectives).toEqual(analysis.perspectives);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(out.codes.map((c) => ({ name: c.name, description: c.description })).sort(byName)).toEqual([...analysis.codes].sort(byName));
    const key = (c: { participant: string; code: string; quote: string }) => `${c.participant}|${c.code}|${c.quote}`;
    expect(out.codings.map(key).sort()).toEqual(analysis.codings.map(key).sort());
    expect(out.themes.map(({ perspective, name, level, parent, definition, codes, exemplars }) => ({ perspective, name, level, ...(parent ? { parent } : {}), definition, codes, ...(exemplars ? { exemplars } : {}) }))).toEqual(analysis.themes);
    expect(out.triangulation).toEqual(analysis.triangulation);
  });

  it('applying the same analysis again changes nothing', () => {
    // The demo's codings are by coder "demo"; the same coder applying again adds nothing.
    const r = cli(['apply', file, path.join(demoDir, 'analysis.json'), '--json', '--coder', 'demo']);
    expect(r.code).toBe(0);
    const s = r.json<{ codes: { created: number }; codings: { created: number; existing: number }; themes: { created: number } }>();
    expect(s.codes.created).toBe(0);
    expect(s.codings.created).toBe(0);
    expect(s.codings.existing).toBe(analysis.codings.length);
    expect(s.themes.created).toBe(0);
  });

  it('computes the theme table from the codings (checked against an independent count)', () => {
    const table = cli(['table', file, '--json']).json<TableJson>();
    expect(table.perspectives).toEqual([
      { id: 'J', label: 'Jobseekers', participants: 6 },
      { id: 'T', label: 'Therapists', participants: 6 },
      { id: 'S', label: 'Social workers', participants: 6 },
    ]);
    const perspectiveThemes = table.themes.filter((t) => t.perspective !== null);
    expect(perspectiveThemes).toHaveLength(analysis.themes.length);
    for (const t of analysis.themes) {
      const row = table.themes.find((x) => x.name === t.name)!;
      const evidence = analysis.codings.filter((c) => c.participant.startsWith(t.perspective) && t.codes.includes(c.code));
      expect(row.segments, t.name).toBe(new Set(evidence.map((c) => `${c.participant}|${c.quote}`)).size);
      expect(row.participants, t.name).toBe(new Set(evidence.map((c) => c.participant)).size);
      expect(row.level).toBe(t.level);
      expect(row.parent).toBe(t.parent ?? null);
    }
    const human = cli(['table', file]);
    expect(human.stdout).toContain('Wanting room for the hard parts');
  });

  it('gives the triangulation with a summary and relation per cross-cutting theme', () => {
    const rows = cli(['triangulation', file, '--json']).json<{ name: string; relation: string; perspectives: Record<string, { summary: string; segments: number }>; silent: string[] }[]>();
    expect(rows.map((r) => [r.name, r.relation])).toEqual(analysis.triangulation.map((t) => [t.name, t.relation]));
    for (const [i, r] of rows.entries()) {
      for (const p of ['J', 'T', 'S']) {
        expect(r.perspectives[p]?.summary).toBe(analysis.triangulation[i]!.per_perspective[p]);
        // Evidence comes from the perspective themes the cross-cutting theme draws on.
        expect(r.perspectives[p]?.segments).toBeGreaterThan(0);
      }
      expect(r.silent).toEqual([]);
    }
  });

  it('finds words with their speaker, participant and perspective', () => {
    const r = cli(['search', file, '"safety net"', '--json']).json<{ total: number; hits: { source: string; participant: string; perspective: string; start: number; end: number; snippet: string }[] }>();
    const expected = fs.readdirSync(demoDir).filter((f) => f.endsWith('.txt')).reduce((n, f) => {
      const text = fs.readFileSync(path.join(demoDir, f), 'utf8');
      return n + text.split(/\n\s*\n/).filter((p) => /safety net/i.test(p)).length;
    }, 0);
    expect(r.total).toBe(expected);
    for (const h of r.hits) {
      const text = fs.readFileSync(path.join(demoDir, `${h.source}.txt`), 'utf8');
      expect(text.slice(h.start, h.end).toLowerCase()).toBe('safety net');
      if (h.participant) expect(h.perspective).toBe(h.participant[0]);
    }
  });

  it('writes a markdown and a Word report with Table 1, quotes by pseudonym and the triangulation', () => {
    const md = path.join(dir, 'report.md');
    const docx = path.join(dir, 'report.docx');
    expect(cli(['report', file, '--format', 'md', '--out', md]).code).toBe(0);
    expect(cli(['report', file, '--format', 'docx', '--out', docx]).code).toBe(0);
    const text = fs.readFileSync(md, 'utf8');
    expect(text).toMatch(/\| *Jobseekers.*\| *Therapists.*\| *Social workers/);
    expect(text).toContain('Main theme');
    expect(text).toContain('Subtheme 1');
    for (const t of analysis.triangulation) expect(text).toContain(t.name);
    const xml = strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Planning on a partial picture');
    // Exemplar quotes are cited by pseudonym.
    expect(text).toContain('Write a list: this I say, this you say, this nobody says.');
    expect(text).toMatch(/Write a list: this I say, this you say, this nobody says\.[^\n]*\(T3\)/);
  });
});
