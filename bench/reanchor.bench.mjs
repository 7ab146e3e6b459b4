// Re-anchoring: 10,000 segments in a ~300,000-word transcript after one edit near the start
// (every segment after it shifts) and after replacing a name everywhere, against a naive baseline
// that looks up each quote with indexOf in the new text (what a tool without position mapping does).
import { describeSegment, reanchorSegments } from '@polyphony/core';
import { generateCorpus } from './corpus.mjs';
import { medianMs } from './stats.mjs';

export async function benchReanchor({ log, performance, rng }) {
  log('re-anchoring…');
  const words = 300_000;
  const [doc] = generateCorpus(1, words, 7);
  const oldText = doc.text.replace(/Interviewer:/g, (m, i) => (i % 7 === 0 ? 'Kari:' : m));
  const random = rng(99);
  const segments = [];
  for (let i = 0; i < 10_000; i++) {
    const start = Math.floor(random() * (oldText.length - 200));
    const d = describeSegment(oldText, start, start + 20 + Math.floor(random() * 120));
    segments.push({ id: `s${i}`, ...d });
  }
  const insertion = oldText.slice(0, 500) + 'An inserted sentence near the start. ' + oldText.slice(500);
  const renamed = oldText.replaceAll('Kari', 'Ingrid');

  let outcome;
  const insertMs = await medianMs(() => {
    outcome = reanchorSegments(oldText, insertion, segments);
  }, 5, performance);
  const lost = outcome.filter((r) => r.outcome === 'orphan').length;
  const renameMs = await medianMs(() => reanchorSegments(oldText, renamed, segments), 5, performance);
  const naiveMs = await medianMs(() => {
    for (const s of segments) insertion.indexOf(s.exact);
  }, 5, performance);
  return {
    reanchor_segments: segments.length,
    reanchor_text_words: words,
    reanchor_ms: +insertMs.toFixed(1),
    reanchor_rename_ms: +renameMs.toFixed(1),
    reanchor_naive_indexof_ms: +naiveMs.toFixed(1),
    reanchor_ratio_vs_naive: +(insertMs / naiveMs).toFixed(2),
    reanchor_orphans_after_insertion: lost,
    reanchor_target: 'reanchor_ms < 200',
  };
}
