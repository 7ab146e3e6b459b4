import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importQdpx, type QdpxImport } from './import-qdpx.js';

const REFI_DIR = path.resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/refi');
const has = (file: string) => existsSync(path.join(REFI_DIR, file));
const read = (file: string) => new Uint8Array(readFileSync(path.join(REFI_DIR, file)));
const wrap = (file: string) => zipSync({ 'project.qde': read(file) });

function skippedKinds(result: QdpxImport): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const s of result.report.skipped) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  return kinds;
}

describe('reading REFI-QDA files from other tools', () => {
  it.runIf(has('sky-loom-refi-qda/Project.qde'))('imports the ATLAS.ti 8.4 project and lists media, sets, links and graphs as skipped', () => {
    const result = importQdpx(wrap('sky-loom-refi-qda/Project.qde'));
    expect(result.report.imported).toMatchObject({ codes: 14, coders: 3, memos: 2, sources: 0, segments: 0 });
    // Its six text sources point at files that are not in the reference copy: reported, not dropped.
    expect(skippedKinds(result)).toEqual({
      TextSource: 6, PlainTextSelection: 6, PictureSource: 1, PDFSource: 2, AudioSource: 1, VideoSource: 2,
      Set: 16, Link: 1, Graph: 1,
    });
    const coke = result.snapshot.codes.find((c) => c.name === 'Coke::diet Coke');
    expect(coke).toMatchObject({ description: 'non sucré', color: '#966450', parent: null });
    expect(result.snapshot.memos.map((m) => m.text.split('\n')[0])).toEqual(['Research Plan', 'My favorite Coke ad']);
  });

  it.runIf(has('sky-loom-refi-qda/TestProject.qdpx'))('accepts Project.qde and Sources/ with capitals', () => {
    const result = importQdpx(read('sky-loom-refi-qda/TestProject.qdpx'));
    expect(result.report.imported).toMatchObject({ codes: 14, coders: 3, memos: 2 });
    expect(skippedKinds(result).TextSource).toBe(6);
  });

  it.runIf(has('cproctor-qualitative-coding/demo.qdpx'))('imports the qc demo with bare source paths: 262 codes, 158 selections, 205 codings', () => {
    const result = importQdpx(read('cproctor-qualitative-coding/demo.qdpx'));
    expect(result.report.imported).toEqual({ sources: 2, codes: 262, segments: 158, codings: 205, memos: 0, participants: 0, coders: 1, themes: 0 });
    expect(result.report.skipped).toEqual([]);
    // The demo has ten names used twice under different parents; until the store allows that
    // (uniqueness per parent), the second of each is renamed and the report says so.
    expect(result.report.warnings).toHaveLength(10);
    expect(result.report.warnings[0]).toBe('Two codes are named "programming"; the second is imported as "programming (2)"');
    expect(new Set(result.snapshot.codes.map((c) => c.name)).size).toBe(262);
    const first = result.snapshot.segments[0];
    expect(first?.exact.startsWith('This district goal is engage every student')).toBe(true);
    expect(result.snapshot.codes.find((c) => c.name === 'programming')?.parent).toBe(
      result.snapshot.codes.find((c) => c.name === 'competencies')?.id,
    );
  });

  it.runIf(has('cproctor-qualitative-coding/nvivo_project.qdpx'))('imports the NVivo for Mac 15 re-export: 262 codes, 2 sources, no selections', () => {
    const result = importQdpx(read('cproctor-qualitative-coding/nvivo_project.qdpx'));
    expect(result.report.imported).toMatchObject({ sources: 2, codes: 262, segments: 0, coders: 2 });
    expect(result.report.skipped).toEqual([]);
  });

  it.runIf(has('openqda-refi-tools-later-commits/valid-document.f4-2025.2.9.qde.xml'))('imports the f4 2025 document and reports its missing texts and notes', () => {
    const result = importQdpx(wrap('openqda-refi-tools-later-commits/valid-document.f4-2025.2.9.qde.xml'));
    expect(result.report.imported).toMatchObject({ codes: 1, sources: 0 });
    expect(skippedKinds(result)).toEqual({ TextSource: 4, PlainTextSelection: 4, Note: 3 });
    expect(result.snapshot.codes[0]).toMatchObject({ name: 'Dies ist ein Test-Code', color: '#044b9b' });
  });
});
