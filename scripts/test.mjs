#!/usr/bin/env node
// The whole test suite, as README.md and .ci/run give it: build (typecheck) → dependency check →
// Vitest. Ends with the plain line "N passed, N failed" that CI reads, taken from Vitest's JSON
// report because Vitest's own summary is not a line CI recognises.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

for (const [label, cmd, args] of [
  ['typecheck', npx, ['tsc', '-b', 'packages/cli']],
  ['lint', process.execPath, ['scripts/check-deps.mjs']],
]) {
  if (run(cmd, args) !== 0) {
    console.error(`\n${label} failed`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-test-')), 'vitest.json');
const status = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} catch {
  failed = Math.max(1, failed);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
