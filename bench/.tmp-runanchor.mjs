import { performance } from 'node:perf_hooks';
import { rng } from '/work/main/bench/corpus.mjs';
import { benchAnchor } from '/work/main/bench/anchor.bench.mjs';
import { benchReanchor } from '/work/main/bench/reanchor.bench.mjs';
const log = (s) => process.stderr.write(s + '\n');
const r = { ...(await benchAnchor({ log, performance, rng })), ...(process.env.ALL ? await benchReanchor({ log, performance, rng }) : {}) };
console.log(JSON.stringify(r, null, 2));
