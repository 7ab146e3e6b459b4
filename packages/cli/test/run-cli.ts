import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const main = path.join(repoRoot, 'packages/cli/dist/main.js');

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: <T = unknown>() => T;
}

/**
 * Runs the built `polyphony` command as a user would (a real process, a real project file).
 * `npm test` builds before it runs the tests.
 */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [main, ...args], {
    cwd: opts.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, POLYPHONY_CODER: 'tester', ...opts.env },
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json: <T>() => JSON.parse(r.stdout) as T,
  };
}

/** A fresh temporary folder for one test. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-cli-'));
}
