import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '@polyphony/core';
import { exportQdpx } from '@polyphony/formats';
import { cli, tempDir } from './run-cli.js';

/** The name rules (ADR 008) as a user of the command meets them. */

// Ø has no decomposed form; the å of "på" has (a + U+030A).
const NFC = 'Økonomi på sikt';
const NFD = NFC.normalize('NFD');

describe('names typed at the command line', () => {
  const dir = tempDir();
  const file = path.join(dir, 'p.polyphony');
  beforeAll(() => {
    expect(cli(['init', file]).code).toBe(0);
  });

  it('a code or theme name with a right-to-left override, only zero-width spaces or a tab: exit 3 naming the problem', () => {
    const rlo = cli(['codes', 'create', file, 'Pres\u202Esure']);
    expect(rlo.code).toBe(3);
    expect(rlo.stderr).toContain('invalid_name');
    expect(rlo.stderr).toContain('Code name "Pres⟨U+202E⟩sure" contains a right-to-left override (U+202E) at position 5');
    expect(cli(['codes', 'create', file, '\u200B\u200B']).stderr).toContain('Code name "⟨U+200B⟩⟨U+200B⟩" contains a zero-width space (U+200B) at position 1');
    expect(cli(['themes', 'create', file, 'Work\tlife', '--cross-cutting']).code).toBe(3);
    expect(cli(['codes', 'create', file, 'Money']).code).toBe(0);
    const rename = cli(['codes', 'update', file, 'Money', '--name', 'Money\u2066']);
    expect(rename.code).toBe(3);
    expect(rename.stderr).toContain('contains a left-to-right isolate (U+2066) at position 6');
    expect(cli(['themes', 'create', file, 'Being heard', '--cross-cutting']).code).toBe(0);
    const theme = cli(['themes', 'update', file, 'Being heard', '--name', ' ']);
    expect(theme.code).toBe(3);
    expect(theme.stderr).toContain('A theme name cannot be empty');
    expect(cli(['codes', 'list', file, '--json']).json<{ name: string }[]>().map((c) => c.name)).toEqual(['Money']);
  });

  it('a code named decomposed after its composed twin is a duplicate (exit 5), and either spelling finds it', () => {
    expect(cli(['codes', 'create', file, NFC]).code).toBe(0);
    const twin = cli(['codes', 'create', file, NFD]);
    expect(twin.code).toBe(5);
    expect(twin.stderr).toContain('duplicate_name');
    expect(cli(['codes', 'update', file, NFD, '--description', 'money worries']).code).toBe(0);
  });

  it('a participants CSV with an invisible character in an id: exit 3, nobody added', () => {
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, 'participant,perspective,case\nJ1,J,G1\nJ2\u200F,J,G1\n');
    const transcripts = path.join(dir, 'none');
    fs.mkdirSync(transcripts);
    fs.writeFileSync(path.join(transcripts, 'J1.txt'), 'Interviewer: Hello?\nJ1: Hi.');
    const r = cli(['import', file, transcripts, '--participants', csv]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Participant id "J2⟨U+200F⟩" contains a right-to-left mark (U+200F) at position 3');
    expect(cli(['participants', 'list', file, '--json']).json<unknown[]>()).toEqual([]);
  });

  it('a transcript whose file name holds control characters is imported under the cleaned name, and the table says so', () => {
    const folder = path.join(dir, 'odd');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'Meeting\u202E 3\u0001.txt'), 'Kari: Hello.\nOla: Hi.');
    const r = cli(['import', file, folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Source name "Meeting⟨U+202E⟩ 3⟨U+0001⟩" was stored as "Meeting 3"');
    expect(cli(['sources', 'list', file, '--json']).json<{ name: string }[]>().map((s) => s.name)).toContain('Meeting 3');
  });

  it('a new project is named after its file, cleaned; a bad --name is refused before the file is made', () => {
    const odd = path.join(dir, 'Study\u202E\u0002 two.polyphony');
    expect(cli(['init', odd]).code).toBe(0);
    expect(cli(['info', odd, '--json']).json<{ name: string }>().name).toBe('Study two');
    const named = path.join(dir, 'named.polyphony');
    const r = cli(['init', named, '--name', 'Study\u200E']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Project name "Study⟨U+200E⟩" contains a left-to-right mark (U+200E) at position 6');
    expect(fs.existsSync(named)).toBe(false);
  });
});

/** A small project as another program might write it, with placeholders for what XML cannot hold literally. */
function foreignProject(): ProjectSnapshot {
  const at = '2026-01-01T00:00:00.000Z';
  const text = 'Interviewer: How was it?\nJ1: The pressure was too much.';
  return {
    id: '7b0c1a52-8a9e-4c1e-9f57-1f0c3d0a2b11', name: 'Foreign study', phase: 2,
    perspectives: [], cases: [], participants: [], coders: [{ id: 'nvivo-user', name: 'Kari' }],
    sources: [
      { id: '2b7a9f5e-0c1d-4e8a-9b6f-3a2d1c0e9f01', name: 'Interview', kind: 'interview', participant: null, text, revision: 1, turns: [], format: 'txt', createdAt: at },
      { id: '2b7a9f5e-0c1d-4e8a-9b6f-3a2d1c0e9f02', name: 'Inter@NUL@view', kind: 'interview', participant: null, text, revision: 1, turns: [], format: 'txt', createdAt: at },
      { id: '2b7a9f5e-0c1d-4e8a-9b6f-3a2d1c0e9f03', name: 'Follow@RLO@-up', kind: 'interview', participant: null, text, revision: 1, turns: [], format: 'txt', createdAt: at },
    ],
    codes: [
      { id: '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e01', name: 'Pres@RLO@sure@NUL@', description: '', color: '#cc6677', parent: null, createdBy: 'nvivo-user', createdAt: at },
      { id: '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e02', name: 'Money@RLM@', description: '', color: '#117733', parent: null, createdBy: 'nvivo-user', createdAt: at },
    ],
    segments: [{ id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b01', source: '2b7a9f5e-0c1d-4e8a-9b6f-3a2d1c0e9f02', start: 29, end: 41, exact: 'pressure was', prefix: 'Interviewer: How was it?\nJ1: The ', suffix: ' too much.', revision: 1, status: 'anchored', participant: null }],
    codings: [{ id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01', code: '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e01', segment: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b01', coder: 'nvivo-user', comment: '', createdAt: at }],
    memos: [], themes: [],
  };
}

/** The .qdpx of `foreignProject` with a NUL and bidirectional controls written as XML character references. */
function foreignQdpx(): Uint8Array {
  const files = unzipSync(exportQdpx(foreignProject()));
  const qde = strFromU8(files['project.qde']!).replaceAll('@NUL@', '&#0;').replaceAll('@RLO@', '&#x202E;').replaceAll('@RLM@', '&#x200F;');
  return zipSync({ ...files, 'project.qde': strToU8(qde) });
}

describe('a project whose names came from a file with a NUL and a right-to-left override', () => {
  const dir = tempDir();

  it('imports with the names cleaned and said, exports to .qdpx and re-imports into an equal project', () => {
    const qdpx = path.join(dir, 'foreign.qdpx');
    fs.writeFileSync(qdpx, foreignQdpx());
    expect(strFromU8(unzipSync(fs.readFileSync(qdpx))['project.qde']!)).toContain('Inter&#0;view');

    const first = path.join(dir, 'first.polyphony');
    const imported = cli(['import', first, qdpx]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('warning: Source name "Inter⟨U+0000⟩view" was stored as "Interview" (a NUL character (U+0000) removed)');
    expect(imported.stdout).toContain('warning: Another source is also called "Interview"; this one was stored as "Interview (2)"');
    expect(imported.stdout).toContain('warning: Code name "Money⟨U+200F⟩" was stored as "Money"');
    const sources = (f: string) => cli(['sources', 'list', f, '--json']).json<{ name: string }[]>().map((s) => s.name).sort();
    const codes = (f: string) => cli(['codes', 'list', f, '--json']).json<{ name: string; uses: number }[]>().map((c) => [c.name, c.uses]);
    expect(sources(first)).toEqual(['Follow-up', 'Interview', 'Interview (2)']);
    expect(codes(first)).toEqual([['Money', 0], ['Pressure', 1]]);

    const out = path.join(dir, 'out.qdpx');
    expect(cli(['export', first, '--format', 'qdpx', '--out', out]).code).toBe(0);
    const second = path.join(dir, 'second.polyphony');
    const again = cli(['import', second, out]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('warning');
    expect(sources(second)).toEqual(sources(first));
    expect(codes(second)).toEqual(codes(first));
    expect(cli(['codings', 'list', second, '--json']).json<unknown[]>()).toHaveLength(1);
  });

  it('a codebook (.qdc) with such names merges under the cleaned names', () => {
    const project = path.join(dir, 'merge.polyphony');
    expect(cli(['init', project]).code).toBe(0);
    expect(cli(['codes', 'create', project, 'Money']).code).toBe(0);
    const qdc = path.join(dir, 'codes.qdc');
    const xml = strFromU8(unzipSync(foreignQdpx())['project.qde']!);
    const codebook = xml.slice(xml.indexOf('<CodeBook>'), xml.indexOf('</CodeBook>') + '</CodeBook>'.length);
    fs.writeFileSync(qdc, `<?xml version="1.0" encoding="UTF-8"?>\n${codebook.replace('<CodeBook>', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">')}`);
    const r = cli(['import', project, qdc]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Codes: 1 new, 1 already in the project');
    expect(cli(['codes', 'list', project, '--json']).json<{ name: string }[]>().map((c) => c.name)).toEqual(['Money', 'Pressure']);
  });
});
