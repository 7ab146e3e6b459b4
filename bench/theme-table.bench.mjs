// Theme table over 100,000 codings: loading the lean analysis data from the project file and
// computing the table, against a raw SQL aggregate that counts segments and participants per
// theme and perspective straight from the same file (the least any implementation must do).
// Three figures: `theme_table_ms` for an unchanged project (the project keeps its analysis data
// in memory until a write), `theme_table_uncached_ms` right after a write, and
// `theme_table_cold_ms` for the first table after opening the file.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { themeTable } from '@polyphony/core';
import { openProject } from '@polyphony/store';
import { medianMs, percentile } from './stats.mjs';

const CODINGS = 100_000;
const CODES = 1_000;
const SOURCES = 300;

/** A project of 300 sources, 1,000 codes, 50,000 segments and 100,000 codings, 45 themes. */
export function buildSnapshot(random) {
  const perspectives = [
    { id: 'J', label: 'Jobseekers', sort: 0 },
    { id: 'T', label: 'Therapists', sort: 1 },
    { id: 'S', label: 'Social workers', sort: 2 },
  ];
  const now = new Date().toISOString();
  const participants = [];
  const cases = [];
  const sources = [];
  const text = 'Interviewer: How was it?\n\n' + 'P: ' + 'word '.repeat(800).trim() + '\n';
  for (let i = 0; i < SOURCES; i++) {
    const p = perspectives[i % 3].id + (Math.floor(i / 3) + 1);
    if (i % 3 === 0) cases.push({ id: `G${Math.floor(i / 3) + 1}`, label: `Group ${Math.floor(i / 3) + 1}` });
    participants.push({ id: p, perspective: p[0], case: `G${Math.floor(i / 3) + 1}`, attributes: {}, status: 'active' });
    sources.push({
      id: `src${i}`, name: p, kind: 'interview', participant: p, text, revision: 1, format: 'txt', createdAt: now,
      turns: [
        { seq: 0, speaker: 'Interviewer', participant: null, isInterviewer: true, start: 0, end: 24, textStart: 13, startMs: null, endMs: null },
        { seq: 1, speaker: p, participant: p, isInterviewer: false, start: 26, end: text.length - 1, textStart: 29, startMs: null, endMs: null },
      ],
    });
  }
  const codes = Array.from({ length: CODES }, (_, i) => ({
    id: `code${i}`, name: `Code ${i}`, description: '', color: '#0072b2', parent: null, createdBy: 'bench', createdAt: now,
  }));
  const segments = [];
  const codings = [];
  for (let i = 0; i < CODINGS / 2; i++) {
    const s = sources[i % SOURCES];
    const start = 29 + Math.floor(random() * 3000);
    const seg = { id: `seg${i}`, source: s.id, start, end: start + 20, exact: s.text.slice(start, start + 20), prefix: '', suffix: '', revision: 1, status: 'anchored', participant: s.participant };
    segments.push(seg);
    // Two different codes per segment: (code, segment, coder) is unique in the store.
    const first = Math.floor(random() * CODES);
    const second = (first + 1 + Math.floor(random() * (CODES - 1))) % CODES;
    for (const [k, code] of [first, second].entries())
      codings.push({ id: `c${i}-${k}`, code: `code${code}`, segment: seg.id, coder: 'bench', comment: '', createdAt: now });
  }
  const themes = [];
  let sort = 0;
  for (const p of perspectives)
    for (let m = 0; m < 5; m++) {
      const main = { id: `t-${p.id}-${m}`, name: `${p.label} theme ${m}`, definition: '', status: 'candidate', perspective: p.id, parent: null, codes: [], exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort: sort++ };
      main.codes = Array.from({ length: 20 }, () => `code${Math.floor(random() * CODES)}`).filter((c, i, a) => a.indexOf(c) === i);
      themes.push(main);
      for (let s = 0; s < 2; s++)
        themes.push({ ...main, id: `${main.id}-${s}`, name: `${main.name}.${s}`, parent: main.id, sort: sort++, codes: Array.from({ length: 10 }, () => `code${Math.floor(random() * CODES)}`).filter((c, i, a) => a.indexOf(c) === i) });
    }
  return { id: randomUUID(), name: 'theme table bench', phase: 3, perspectives, cases, participants, coders: [{ id: 'bench', name: 'bench' }], sources, codes, segments, codings, memos: [], themes };
}

export async function benchThemeTable({ dir, log, performance, Database, rng }) {
  log('theme table: building a project with 100,000 codings…');
  const file = path.join(dir, 'table.polyphony');
  const project = await openProject(file, { create: true, actor: 'bench' });
  await project.loadSnapshot(buildSnapshot(rng(5)));
  await project.close();

  // Cold: the first table after opening the file (nothing cached, code not yet optimised).
  const reopened = await openProject(file, { actor: 'bench' });
  let t0 = performance.now();
  let table = themeTable(await reopened.analysisData());
  const coldMs = performance.now() - t0;
  // Uncached: every table after a write, which invalidates the project's analysis cache.
  const uncached = [];
  for (let i = 0; i < 7; i++) {
    await reopened.setPhase(1 + (i % 6));
    t0 = performance.now();
    themeTable(await reopened.analysisData());
    uncached.push(performance.now() - t0);
  }
  // Repeated: the table of an unchanged project (what a server does on every request).
  const ms = await medianMs(async () => {
    table = themeTable(await reopened.analysisData());
  }, 7, performance);
  await reopened.close();

  const db = new Database(file, { readonly: true });
  const aggregate = db.prepare(`
    select t.id, count(distinct s.id) as segments, count(distinct s.participant) as participants
    from themes t join theme_codes tc on tc.theme_id = t.id
    join codings c on c.code_id = tc.code_id
    join segments s on s.id = c.segment_id
    join participants p on p.id = s.participant and p.perspective = t.perspective
    where s.status = 'anchored'
    group by t.id`);
  const rawMs = await medianMs(() => aggregate.all(), 7, performance);
  db.close();
  return {
    theme_table_codings: CODINGS,
    theme_table_codes: CODES,
    theme_table_rows: table.themes.length,
    theme_table_ms: +ms.toFixed(1),
    theme_table_uncached_ms: +percentile(uncached, 50).toFixed(1),
    theme_table_cold_ms: +coldMs.toFixed(1),
    theme_table_raw_sql_ms: +rawMs.toFixed(1),
    theme_table_ratio: +(ms / rawMs).toFixed(2),
    theme_table_target: 'theme_table_ms < 100',
  };
}
