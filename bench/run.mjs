#!/usr/bin/env node
// Benchmarks for the analysis engine. Prints one JSON object. Each figure is measured against a
// baseline run in the same process on the same data, so ratios hold across machines:
//   import  — our import of a generated corpus vs a raw better-sqlite3 insert into an FTS5 table
//   search  — our search (ranked, counted, with snippets and speakers) vs the raw FTS5 query
//   theme table over 100,000 codings, re-anchoring 10,000 segments after an edit.
// Sizes can be reduced for a quick look: BENCH_TRANSCRIPTS=100 BENCH_WORDS=2000 npm run bench
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { generateCorpus, rng } from './corpus.mjs';
import { benchImport } from './import.bench.mjs';
import { benchSearch } from './search.bench.mjs';
import { benchThemeTable } from './theme-table.bench.mjs';
import { benchReanchor } from './reanchor.bench.mjs';

const transcripts = Number(process.env.BENCH_TRANSCRIPTS ?? 1000);
const wordsEach = Number(process.env.BENCH_WORDS ?? 10000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-bench-'));
const log = (s) => process.stderr.write(s + '\n');

log(`generating ${transcripts} transcripts × ${wordsEach} words…`);
const corpus = generateCorpus(transcripts, wordsEach);
const words = corpus.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);

class Done extends Error {}
const result = { machine: { cpus: os.cpus().length, node: process.version }, corpus: { transcripts, words } };
try {
  // BENCH_ONLY=theme-table runs only the theme table (it builds its own project file).
  if (process.env.BENCH_ONLY === 'theme-table') { Object.assign(result, await benchThemeTable({ dir, log, performance, Database, rng })); throw new Done(); }
  Object.assign(result, await benchImport({ corpus, dir, log, Database, performance }));
  // BENCH_ONLY=import stops after the import, for profiling it on its own.
  if (process.env.BENCH_ONLY === 'import') throw new Done();
  Object.assign(result, await benchSearch({ dir, log, performance, Database, rng }));
  Object.assign(result, await benchThemeTable({ dir, log, performance, Database, rng }));
  Object.assign(result, await benchReanchor({ log, performance, rng }));
  Object.assign(result, await (await import('./anchor.bench.mjs')).benchAnchor({ log, performance, rng }));
  Object.assign(result, await (await import('./interchange.bench.mjs')).benchInterchange({ dir, log, performance }));
} catch (e) {
  if (!(e instanceof Done)) throw e;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
