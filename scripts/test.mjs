#!/usr/bin/env node
// The whole test suite, as README.md and .ci/run give it:
//   typecheck → dependency check → unit/store/API/CLI tests → web tests (jsdom) → e2e (Chromium).
// Ends with the plain line "N passed, N failed" that CI reads, summed from Vitest's JSON reports
// (Vitest's own summary is not a line CI recognises).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSystemPackages } from './system-packages.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);

function fail(step) {
  console.error(`\n${step} failed`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Chromium for the end-to-end tests and xmllint for the REFI-QDA schema tests come from Debian.
ensureSystemPackages();
if (run('npm', ['run', '--silent', 'build']) !== 0) fail('build and typecheck');
if (run(process.execPath, ['scripts/check-deps.mjs']) !== 0) fail('dependency check');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-test-'));
const suites = [
  { name: 'unit, store, API and CLI', args: [] },
  { name: 'web', args: ['--config', 'packages/web/vitest.config.ts'] },
  { name: 'end-to-end (Chromium)', args: ['--config', 'e2e/vitest.config.ts'] },
];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [i, suite] of suites.entries()) {
  console.log(`\n── ${suite.name} ──`);
  const report = path.join(dir, `suite-${i}.json`);
  const status = run(npx, ['vitest', 'run', ...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
  try {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } catch {
    failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
