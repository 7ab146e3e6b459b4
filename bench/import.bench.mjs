// Import: the CLI's own batch import (read file → parse turns → map speakers → store source,
// turns and search index, one transaction per file) against a raw better-sqlite3 insert of the
// same files into an FTS5 table, one transaction per file, in the same process.
import fs from 'node:fs';
import path from 'node:path';
import { openProject } from '@polyphony/store';
import { importFiles } from '@polyphony/cli';

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function benchImport({ corpus, dir, log, Database, performance }) {
  const files = path.join(dir, 'files');
  fs.mkdirSync(files);
  const paths = corpus.map((t) => {
    const p = path.join(files, `${t.name}.txt`);
    fs.writeFileSync(p, t.text);
    return p;
  });
  const csv = path.join(dir, 'participants.csv');
  fs.writeFileSync(csv, 'participant,perspective,case\n' + corpus.map((t, i) => `${t.participant},${'JTS'[i % 3]},G${1 + (i % 50)}`).join('\n') + '\n');

  // Each side runs BENCH_IMPORT_RUNS times (alternating, fresh files each time) and the fastest
  // run of each counts: on a shared machine other processes slow single runs by tens of percent,
  // which swamps the comparison; the minimum is the run least disturbed, for both sides alike.
  const runs = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 3));
  let rawMs = Infinity, rawCpu = Infinity, ourMs = Infinity, ourCpu = Infinity, results = [];
  for (let run = 0; run < runs; run++) {
    const last = run === runs - 1;
    log(`import: raw FTS5 baseline (run ${run + 1} of ${runs})…`);
    // The search benchmark reads raw.db and bench.polyphony: the last run leaves them under those names.
    const rawFile = path.join(dir, last ? 'raw.db' : `raw-${run}.db`);
    const raw = new Database(rawFile);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec(`create virtual table t using fts5(text, tokenize = 'unicode61 remove_diacritics 0')`);
    const insert = raw.prepare('insert into t(text) values (?)');
    const one = raw.transaction((text) => insert.run(text));
    // CPU time beside wall time: on a shared machine other processes stretch the wall clock of one
    // phase more than the other's, while CPU time counts only this process's work.
    let c0 = cpuMs();
    let t0 = performance.now();
    for (const p of paths) one(fs.readFileSync(p, 'utf8'));
    rawMs = Math.min(rawMs, performance.now() - t0);
    rawCpu = Math.min(rawCpu, cpuMs() - c0);
    raw.close();
    if (!last) fs.rmSync(rawFile, { force: true });

    log(`import: polyphony (run ${run + 1} of ${runs})…`);
    const file = path.join(dir, last ? 'bench.polyphony' : `bench-${run}.polyphony`);
    const project = await openProject(file, { create: true, actor: 'bench' });
    c0 = cpuMs();
    t0 = performance.now();
    ({ results } = await importFiles(project, paths, { participantsCsv: csv }));
    ourMs = Math.min(ourMs, performance.now() - t0);
    ourCpu = Math.min(ourCpu, cpuMs() - c0);
    await project.close();
    if (!last) for (const f of fs.readdirSync(dir)) if (f.startsWith(`bench-${run}.polyphony`) || f.startsWith(`raw-${run}.db`)) fs.rmSync(path.join(dir, f), { force: true });
  }
  const failed = results.filter((r) => r.status !== 'imported').length;
  if (failed) throw new Error(`${failed} files did not import`);
  return {
    import_raw_ms: Math.round(rawMs),
    import_ms: Math.round(ourMs),
    import_ratio: +(ourMs / rawMs).toFixed(2),
    import_raw_cpu_ms: Math.round(rawCpu),
    import_cpu_ms: Math.round(ourCpu),
    import_cpu_ratio: +(ourCpu / rawCpu).toFixed(2),
    import_runs: runs,
    import_target: 'import_ratio <= 2',
  };
}
