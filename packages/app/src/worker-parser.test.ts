import { isPolyphonyError } from '@polyphony/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInput } from './parse-input.js';
import { assertFreshBuild } from './test-support/property-harness.js';
import { createWorkerParser, type WorkerParser } from './worker-parser.js';

const workers: WorkerParser[] = [];
const worker = (options: Parameters<typeof createWorkerParser>[0] = {}): WorkerParser => {
  const w = createWorkerParser(options);
  workers.push(w);
  return w;
};
afterAll(async () => {
  for (const w of workers) await w.close();
});

async function refusal(run: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run;
  } catch (e) {
    if (isPolyphonyError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('createWorkerParser', () => {
  assertFreshBuild();
  const file = { name: 'J1.txt', bytes: new TextEncoder().encode('Intervjuer: Hei.\n\nJ1: Jeg fikk jobb.') };

  it('reads a file as parseInput does in this thread, and refuses one the same way', async () => {
    const parse = worker().parse;
    expect(await parse('transcript', file)).toEqual(parseInput('transcript', file));
    const broken = { name: 'x.docx', bytes: new TextEncoder().encode('PK not a zip') };
    expect(await refusal(parse('transcript', broken))).toEqual(await refusal(Promise.resolve().then(() => parseInput('transcript', broken))));
  });

  it('stops a file that takes longer than its time limit and names the limit', async () => {
    // A new worker takes far longer than 1 ms to start, let alone to read 200,000 turns.
    const parse = worker({ timeoutMs: 1 }).parse;
    const slow = { name: 'slow.txt', bytes: new TextEncoder().encode('J1: ord ord ord.\n\n'.repeat(200_000)) };
    expect(await refusal(parse('transcript', slow))).toEqual({ code: 'file_too_large', message: 'slow.txt: reading it takes longer than the limit of 0.001 s' });
  });
});
