// Search: our search (ranked top 20 with total count, snippets, speaker, participant and
// perspective) against the raw FTS5 query for the same words on the raw table, same process.
import path from 'node:path';
import { openProject } from '@polyphony/store';
import { percentile } from './stats.mjs';

const QUERIES = [
  'money', 'therapist', 'safety net', '"safety net"', 'work*', 'økonomi', 'arbeidsplassen', 'colleague', 'sikkerhetsnett',
  'pressure', 'confidentiality', 'kollega', 'deltid', 'support', 'heard', 'consent', 'arbeid*', 'mornings', 'trygd', 'benefits',
];

export async function benchSearch({ dir, log, performance, Database }) {
  const rounds = 10;
  log('search: raw FTS5 baseline…');
  const raw = new Database(path.join(dir, 'raw.db'), { readonly: true });
  const count = raw.prepare('select count(*) as n from t where t match ?');
  const top = raw.prepare(`select rowid, snippet(t, 0, '[', ']', '…', 12) as s from t where t match ? order by rank limit 20`);
  const rawTimes = [];
  for (let r = 0; r < rounds; r++)
    for (const q of QUERIES) {
      const t0 = performance.now();
      count.get(q);
      top.all(q);
      rawTimes.push(performance.now() - t0);
    }
  raw.close();

  log('search: polyphony…');
  const project = await openProject(path.join(dir, 'bench.polyphony'), { actor: 'bench' });
  const ourTimes = [];
  let hits = 0;
  for (let r = 0; r < rounds; r++)
    for (const q of QUERIES) {
      const t0 = performance.now();
      const res = await project.search(q, { limit: 20 });
      ourTimes.push(performance.now() - t0);
      if (r === 0) hits += res.total;
    }
  await project.close();
  const p95 = percentile(ourTimes, 95);
  const rawP95 = percentile(rawTimes, 95);
  return {
    search_queries: QUERIES.length * rounds,
    search_total_hits: hits,
    search_raw_p50_ms: +percentile(rawTimes, 50).toFixed(2),
    search_raw_p95_ms: +rawP95.toFixed(2),
    search_p50_ms: +percentile(ourTimes, 50).toFixed(2),
    search_p95_ms: +p95.toFixed(2),
    search_p95_ratio: +(p95 / rawP95).toFixed(2),
    search_target: 'search_p95_ratio <= 1.5 and search_p95_ms < 50',
  };
}
