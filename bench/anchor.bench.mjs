// Anchoring hot paths on a ~300,000-word transcript, each against a naive baseline in the same
// run: re-anchoring 10,000 segments after a name was replaced at ~20,000 places (vs one indexOf
// per quote, what a tool without position mapping does), and locating a quote that is missing
// (vs one indexOf over the text, the least any search must do).
// Alone: npx tsc -b packages/core && node -e "import('./bench/anchor.bench.mjs').then(async (m) => console.log(JSON.stringify(await m.benchAnchor({ log: console.error, performance, rng: (await import('./bench/corpus.mjs')).rng }), null, 2)))"
import { describeSegment, locateQuote, reanchorSegments } from '@polyphony/core';
import { generateCorpus } from './corpus.mjs';
import { medianMs } from './stats.mjs';

/** Median CPU time of `runs` calls after a warm-up: steadier than wall time on a busy machine. */
function medianCpuMs(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function benchAnchor({ log, performance, rng }) {
  log('anchoring: rename everywhere, missing quote…');
  const words = 300_000;
  const [doc] = generateCorpus(1, words, 11);
  // Every third "the" becomes a name, so that renaming it touches most segments.
  let n = 0;
  const oldText = doc.text.replace(/\bthe\b/g, (m) => (n++ % 3 === 0 ? 'Kari' : m));
  const places = oldText.split('Kari').length - 1;
  const random = rng(7);
  const segments = [];
  for (let i = 0; i < 10_000; i++) {
    const start = Math.floor(random() * (oldText.length - 200));
    const d = describeSegment(oldText, start, start + 20 + Math.floor(random() * 120));
    segments.push({ id: `s${i}`, ...d });
  }
  const affected = segments.filter((s) => s.exact.includes('Kari')).length;
  const renamed = oldText.replaceAll('Kari', 'Ingrid');

  let outcome = [];
  const renameMs = await medianMs(() => {
    outcome = reanchorSegments(oldText, renamed, segments);
  }, 5, performance);
  const renameCpuMs = medianCpuMs(() => reanchorSegments(oldText, renamed, segments), 5);
  const count = (o) => outcome.filter((r) => r.outcome === o).length;
  const naiveRenameMs = await medianMs(() => {
    for (const s of segments) renamed.indexOf(s.exact);
  }, 5, performance);

  const missing = 'This sentence was never said by anyone in the interview at all';
  let closest = null;
  const missMs = await medianMs(() => {
    try {
      locateQuote(oldText, missing);
    } catch (e) {
      closest = e.details?.closest ?? null;
    }
  }, 5, performance);
  const missCpuMs = medianCpuMs(() => {
    try {
      locateQuote(oldText, missing);
    } catch {
      // quote_not_found is the case measured
    }
  }, 5);
  const naiveMissMs = await medianMs(() => oldText.indexOf(missing), 5, performance);

  return {
    anchor_text_words: words,
    anchor_rename_places: places,
    anchor_rename_segments: segments.length,
    anchor_rename_affected_segments: affected,
    anchor_rename_ms: +renameMs.toFixed(1),
    anchor_rename_cpu_ms: +renameCpuMs.toFixed(1),
    anchor_rename_naive_indexof_ms: +naiveRenameMs.toFixed(1),
    anchor_rename_outcomes: { stayed: count('stayed'), moved: count('moved'), orphan: count('orphan') },
    anchor_missing_quote_ms: +missMs.toFixed(1),
    anchor_missing_quote_cpu_ms: +missCpuMs.toFixed(1),
    anchor_missing_quote_naive_indexof_ms: +naiveMissMs.toFixed(2),
    anchor_missing_quote_closest_similarity: closest?.similarity ?? null,
    anchor_target: 'anchor_rename_ms < 200, anchor_missing_quote_ms < 50',
  };
}
