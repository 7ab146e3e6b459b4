import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';
import { writeStudy } from './study-files.js';

interface ImportResult { results: { file: string; status: string; participant: string | null; turns: number; unmappedSpeakers: string[] }[] }
interface Hit { source: string; participant: string | null; perspective: string | null; start: number; end: number; snippet: string }

describe('a study of our own: other perspectives, every format, Norwegian and English', () => {
  const dir = tempDir();
  const file = path.join(dir, 'study.polyphony');
  let imported: ImportResult;
  beforeAll(() => {
    const { folder, csv } = writeStudy(dir);
    expect(cli(['init', file]).code).toBe(0);
    const r = cli(['import', file, folder, '--participants', csv, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    imported = r.json<ImportResult>();
  });

  it('imports txt, docx, vtt and srt with speakers mapped to participants', () => {
    const byFile = Object.fromEntries(imported.results.map((r) => [path.basename(r.file), r]));
    expect(Object.values(byFile).map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    expect(byFile['P1.txt']?.participant).toBe('P1');
    expect(byFile['N1.docx']?.participant).toBe('N1');
    expect(byFile['R1.srt']?.participant).toBe('R1');
    // A group meeting with two participants belongs to neither alone.
    expect(byFile['group-meeting.vtt']?.participant).toBeNull();
    // Consecutive cues of P2 merge into one turn: Moderator, P2, N2.
    expect(byFile['group-meeting.vtt']?.turns).toBe(3);
    const participants = cli(['participants', 'list', file, '--json']).json<{ id: string; perspective: string; case: string; attributes: Record<string, string> }[]>();
    expect(participants.find((p) => p.id === 'N1')?.attributes).toEqual({ role: 'nurse, psychiatric', 'region, county': 'Oslo' });
  });

  it('codes by quote in a group meeting and attributes each segment to its speaker', () => {
    expect(cli(['codes', 'create', file, 'Money worries', '--description', 'Worry about income if work fails']).code).toBe(0);
    expect(cli(['codes', 'create', file, 'Not taken up']).code).toBe(0);
    expect(cli(['code', file, '--source', 'group-meeting', '--code', 'Money worries', '--quote', 'I worry about money if the job fails.']).code).toBe(0);
    expect(cli(['code', file, '--source', 'P1', '--code', 'Money worries', '--quote', 'Jeg var bekymret for økonomien.']).code).toBe(0);
    expect(cli(['code', file, '--source', 'R1', '--code', 'Money worries', '--quote', 'He was worried about money and did not say it.']).code).toBe(0);
    expect(cli(['code', file, '--source', 'N1', '--code', 'Not taken up', '--quote', 'Nobody answered the money question.']).code).toBe(0);
    expect(cli(['code', file, '--source', 'P1', '--code', 'Not taken up', '--quote', 'ingen spurte om arbeidsplassen min']).code).toBe(0);
    const codings = cli(['codings', 'list', file, '--json']).json<{ segmentInfo: { participant: string | null } }[]>();
    expect(codings.map((c) => c.segmentInfo.participant).sort()).toEqual(['N1', 'P1', 'P1', 'P2', 'R1']);
  });

  it('builds the theme table and triangulation for perspectives P, N and R', () => {
    expect(cli(['themes', 'create', file, 'Unspoken money', '--perspective', 'P', '--codes', 'Money worries']).code).toBe(0);
    expect(cli(['themes', 'create', file, 'Missed openings', '--parent', 'Unspoken money', '--codes', 'Not taken up']).code).toBe(0);
    expect(cli(['themes', 'create', file, 'Holding back', '--perspective', 'N', '--codes', 'Not taken up']).code).toBe(0);
    expect(
      cli(['themes', 'create', file, 'Money in the meeting', '--cross-cutting', '--codes', 'Money worries', '--relation', 'complementary', '--summary', 'P=Patients worry', '--summary', 'N=Nurses notice']).code,
    ).toBe(0);
    const table = cli(['table', file, '--json']).json<{ perspectives: { id: string; participants: number }[]; themes: { name: string; perspective: string | null; level: string; parent: string | null; segments: number; participants: number }[] }>();
    expect(table.perspectives.map((p) => [p.id, p.participants])).toEqual([['P', 2], ['N', 2], ['R', 1]]);
    const row = (name: string) => table.themes.find((t) => t.name === name)!;
    expect([row('Unspoken money').segments, row('Unspoken money').participants]).toEqual([2, 2]);
    expect([row('Missed openings').level, row('Missed openings').parent, row('Missed openings').segments]).toEqual(['sub', 'Unspoken money', 1]);
    expect([row('Holding back').segments, row('Holding back').participants]).toEqual([1, 1]);
    expect([row('Money in the meeting').perspective, row('Money in the meeting').segments, row('Money in the meeting').participants]).toEqual([null, 3, 3]);
    const tri = cli(['triangulation', file, '--json']).json<{ name: string; relation: string; perspectives: Record<string, { segments: number; summary: string }>; silent: string[] }[]>();
    expect(tri).toHaveLength(1);
    expect(tri[0]!.relation).toBe('complementary');
    expect(tri[0]!.perspectives['P']).toMatchObject({ summary: 'Patients worry', segments: 2 });
    expect(tri[0]!.perspectives['R']).toMatchObject({ summary: '', segments: 1 });
    // Nurses have a summary but no evidence; nobody is silent.
    expect(tri[0]!.silent).toEqual([]);
  });

  it('searches Norwegian with stemming, keeps ø a letter of its own, and finds phrases and prefixes', () => {
    const search = (q: string) => cli(['search', file, q, '--json']).json<{ total: number; hits: Hit[] }>();
    const stemmed = search('økonomi');
    expect(stemmed.total).toBe(1);
    expect(stemmed.hits[0]).toMatchObject({ source: 'P1', participant: 'P1', perspective: 'P' });
    expect(search('ØKONOMIEN').total).toBe(1);
    expect(search('okonomi').total).toBe(0);
    expect(search('arbeids*').total).toBe(1);
    expect(search('"safety net"').hits.map((h) => h.participant)).toEqual(['N2']);
    const money = search('money');
    expect(new Set(money.hits.map((h) => h.perspective))).toEqual(new Set(['P', 'N', 'R']));
  });

  it('codes every hit of a search after showing what it will do', () => {
    expect(cli(['codes', 'create', file, 'Safety net']).code).toBe(0);
    const preview = cli(['search', file, '"safety net"', '--code', 'Safety net', '--json']).json<{ hits: number; applied: boolean }>();
    expect(preview).toMatchObject({ hits: 1, applied: false });
    expect(cli(['codings', 'list', file, '--code', 'Safety net', '--json']).json<unknown[]>()).toHaveLength(0);
    const done = cli(['search', file, '"safety net"', '--code', 'Safety net', '--yes', '--json']).json<{ coded: number }>();
    expect(done.coded).toBe(1);
    expect(cli(['codings', 'list', file, '--code', 'Safety net', '--json']).json<unknown[]>()).toHaveLength(1);
  });

  it('writes a Word report that holds the theme table', () => {
    const out = path.join(dir, 'r.md');
    expect(cli(['report', file, '--format', 'md', '--out', out]).code).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('Unspoken money');
    expect(md).toContain('Money in the meeting');
  });
});
