import { performance } from 'node:perf_hooks';
import { describeSegment, reanchorSegments, diffTexts, locateQuote } from '@polyphony/core';
import { generateCorpus, rng } from './corpus.mjs';
const [doc] = generateCorpus(1, 300000, 11);
let n = 0;
const oldText = doc.text.replace(/\bthe\b/g, (m) => (n++ % 3 === 0 ? 'Kari' : m));
const random = rng(7);
const segments = [];
for (let i = 0; i < 10_000; i++) {
  const start = Math.floor(random() * (oldText.length - 200));
  segments.push({ id: `s${i}`, ...describeSegment(oldText, start, start + 20 + Math.floor(random() * 120)) });
}
const renamed = oldText.replaceAll('Kari', 'Ingrid');
for (let k = 0; k < 3; k++) {
let t = performance.now();
const regions = diffTexts(oldText, renamed);
console.log('diff', regions.length, (performance.now() - t).toFixed(1));
t = performance.now();
reanchorSegments(oldText, renamed, segments);
console.log('all', (performance.now() - t).toFixed(1));
}
if (process.env.PROF) for (let k = 0; k < 5; k++) reanchorSegments(oldText, renamed, segments);
