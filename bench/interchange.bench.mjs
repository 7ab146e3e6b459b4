// REFI-QDA interchange of the benchmark project (the figure: export and import each under
// 60 s). The import benchmark's 1,000 transcripts get codes and 50,000 codings, then we time
// exportProject(…, 'qdpx') and importQdpxFile into a new project. Baselines in the same run: zipping
// the same source texts with fflate (what any .qdpx writer must at least do) and unzipping and
// decoding them again (what any reader must at least do).
// Alone: BENCH_TRANSCRIPTS=100 BENCH_WORDS=2000 node bench/interchange.bench.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportProject, importQdpxFile } from '@polyphony/app';
import { openProject } from '@polyphony/store';
import { rng } from './corpus.mjs';

const CODINGS = Number(process.env.BENCH_CODINGS ?? 50_000);
const CODES = 200;
const TARGET_MS = 60_000;

/**
 * Adds `CODES` codes in a two-level tree and `CODINGS` codings (on segments inside participant
 * turns, about one in five segments coded twice) to a snapshot, as a coder would leave them.
 */
function withCodings(snapshot, random) {
  const now = new Date().toISOString();
  const codes = Array.from({ length: CODES }, (_, i) => ({
    id: `code${i}`, name: `Code ${i} æøå`, description: `What code ${i} means`, color: '#0072b2',
    parent: i >= 20 ? `code${i % 20}` : null, createdBy: 'bench', createdAt: now,
  }));
  const turnsOf = snapshot.sources.map((s) => s.turns.filter((t) => !t.isInterviewer && t.end - t.textStart > 40));
  const segments = [];
  const codings = [];
  while (codings.length < CODINGS) {
    const i = Math.floor(random() * snapshot.sources.length);
    const source = snapshot.sources[i];
    const turns = turnsOf[i];
    if (!turns.length) continue;
    const turn = turns[Math.floor(random() * turns.length)];
    // Whole words, as a coder selects them (the importer checks word boundaries when it decides
    // how another tool counted line ends).
    const start = source.text.indexOf(' ', turn.textStart + Math.floor(random() * (turn.end - turn.textStart - 40))) + 1;
    const end = source.text.lastIndexOf(' ', Math.min(turn.end, start + 20 + Math.floor(random() * 200)));
    if (start <= 0 || end <= start) continue;
    const segment = {
      id: randomUUID(), source: source.id, start, end, exact: source.text.slice(start, end),
      prefix: source.text.slice(Math.max(0, start - 32), start), suffix: source.text.slice(end, end + 32),
      revision: source.revision, status: 'anchored', participant: turn.participant,
    };
    segments.push(segment);
    const first = Math.floor(random() * CODES);
    const codeIds = random() < 0.2 ? [first, (first + 1) % CODES] : [first];
    for (const c of codeIds) codings.push({ id: randomUUID(), code: `code${c}`, segment: segment.id, coder: 'bench', comment: '', createdAt: now });
  }
  const coders = snapshot.coders.some((c) => c.id === 'bench') ? snapshot.coders : [...snapshot.coders, { id: 'bench', name: 'bench' }];
  return { ...snapshot, id: randomUUID(), coders, codes, segments, codings: codings.slice(0, CODINGS) };
}

/**
 * Times the .qdpx export and import of the project `dir/bench.polyphony` (left by the import
 * benchmark) with codings added, against zipping and unzipping the same texts with fflate.
 */
export async function benchInterchange({ dir, log, performance }) {
  log('interchange: adding codes and codings to a copy of the benchmark project…');
  const source = await openProject(path.join(dir, 'bench.polyphony'), { actor: 'bench' });
  const snapshot = withCodings(await source.snapshot(), rng(11));
  await source.close();
  const coded = await openProject(path.join(dir, 'interchange.polyphony'), { create: true, actor: 'bench' });
  await coded.loadSnapshot(snapshot);

  log('interchange: baseline (fflate zip and unzip of the source texts)…');
  let t0 = performance.now();
  const zipped = zipSync(Object.fromEntries(snapshot.sources.map((s) => [`sources/${s.id}.txt`, strToU8(s.text)])), { level: 6 });
  const zipMs = performance.now() - t0;
  t0 = performance.now();
  let chars = 0;
  for (const bytes of Object.values(unzipSync(zipped))) chars += strFromU8(bytes).length;
  const unzipMs = performance.now() - t0;
  if (chars !== snapshot.sources.reduce((n, s) => n + s.text.length, 0)) throw new Error('baseline read back other texts');

  log('interchange: qdpx export…');
  // CPU time too: on a shared machine the wall time also counts waiting for a core.
  let cpu0 = process.cpuUsage();
  t0 = performance.now();
  const bytes = await exportProject(coded, 'qdpx');
  const exportMs = performance.now() - t0;
  const exportCpu = process.cpuUsage(cpu0);
  await coded.close();

  log('interchange: qdpx import into a new project…');
  const target = await openProject(path.join(dir, 'interchange-import.polyphony'), { create: true, actor: 'bench' });
  cpu0 = process.cpuUsage();
  t0 = performance.now();
  const report = await importQdpxFile(target, { name: 'bench.qdpx', bytes });
  const importMs = performance.now() - t0;
  const importCpu = process.cpuUsage(cpu0);
  const info = await target.info();
  await target.close();
  if (info.counts.sources !== snapshot.sources.length || report.imported.codings !== snapshot.codings.length || report.skipped.length) {
    throw new Error(`the import lost data: ${JSON.stringify({ counts: info.counts, imported: report.imported, skipped: report.skipped.length })}`);
  }

  return {
    qdpx_sources: snapshot.sources.length,
    qdpx_codings: snapshot.codings.length,
    qdpx_bytes: bytes.length,
    qdpx_export_ms: Math.round(exportMs),
    qdpx_export_cpu_ms: Math.round((exportCpu.user + exportCpu.system) / 1000),
    qdpx_export_baseline_zip_ms: Math.round(zipMs),
    qdpx_export_ratio: +(exportMs / zipMs).toFixed(2),
    qdpx_import_ms: Math.round(importMs),
    qdpx_import_cpu_ms: Math.round((importCpu.user + importCpu.system) / 1000),
    qdpx_import_baseline_unzip_ms: Math.round(unzipMs),
    qdpx_import_ratio: +(importMs / unzipMs).toFixed(2),
    qdpx_target: `qdpx_export_ms < ${TARGET_MS} && qdpx_import_ms < ${TARGET_MS}`,
    qdpx_target_met: exportMs < TARGET_MS && importMs < TARGET_MS,
  };
}

// Run alone: build the corpus and the benchmark project first, as bench/run.mjs does.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { generateCorpus } = await import('./corpus.mjs');
  const { benchImport } = await import('./import.bench.mjs');
  const { default: Database } = await import('better-sqlite3');
  const transcripts = Number(process.env.BENCH_TRANSCRIPTS ?? 1000);
  const wordsEach = Number(process.env.BENCH_WORDS ?? 10000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-bench-'));
  const log = (s) => process.stderr.write(s + '\n');
  try {
    log(`generating ${transcripts} transcripts × ${wordsEach} words…`);
    const corpus = generateCorpus(transcripts, wordsEach);
    await benchImport({ corpus, dir, log, Database, performance });
    process.stdout.write(JSON.stringify(await benchInterchange({ dir, log, performance }), null, 2) + '\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
