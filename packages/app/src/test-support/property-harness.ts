import type { Parser } from '../parse-input.js';
import { createWorkerParser, type WorkerParser } from '../worker-parser.js';
import { isPolyphonyError, type ProjectSnapshot } from '@polyphony/core';
import { openProject, type Project } from '@polyphony/store';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/**
 * Generated inputs per property: a few hundred in `npm test`, and `PROPERTY_RUNS=10000` (or
 * `npm run test:nightly`) for the nightly size. `PROPERTY_SEED` replays a reported failure.
 */
export const PROPERTY_RUNS = Number(process.env['PROPERTY_RUNS'] ?? 200);

/**
 * The seed of `npm test`'s runs: fixed, so that CI judges the same inputs every time and a red
 * run is never luck. The nightly size (`PROPERTY_RUNS` set) draws a fresh seed each night, which
 * fast-check prints with any failure for `PROPERTY_SEED` to replay.
 */
const NPM_TEST_SEED = 20261208;

/** fast-check parameters shared by every property: run count, seed, a per-case time limit. */
export function propertyParameters(): fc.Parameters<unknown> {
  const given = process.env['PROPERTY_SEED'];
  const seed = given !== undefined ? Number(given) : process.env['PROPERTY_RUNS'] === undefined ? NPM_TEST_SEED : undefined;
  return { numRuns: PROPERTY_RUNS, timeout: 60_000, ...(seed === undefined ? {} : { seed }) };
}

/** A Vitest time limit that grows with the run count (about 100 ms a case, at least two minutes). */
export function testTimeout(): number {
  return Math.max(120_000, PROPERTY_RUNS * 100);
}

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The readers run in the import worker, which runs the build (a worker thread cannot load
 * TypeScript): fail loudly when a package's build is older than its sources, rather than test
 * yesterday's code. `npm test` builds first.
 */
export function assertFreshBuild(packages: readonly string[] = ['core', 'formats', 'app']): void {
  const newest = (dir: string): number => {
    let latest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) latest = Math.max(latest, newest(p));
      else if (!/\.test\.ts$|test-support/.test(p)) latest = Math.max(latest, fs.statSync(p).mtimeMs);
    }
    return latest;
  };
  for (const pkg of packages) {
    // tsc -b rewrites its build info on every build that changed something, unlike each output.
    const built = path.join(repo, 'packages', pkg, 'tsconfig.tsbuildinfo');
    const src = newest(path.join(repo, 'packages', pkg, 'src'));
    if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < src) {
      throw new Error(`packages/${pkg}/dist is older than its sources: run \`npm run build\` before the property tests`);
    }
  }
}

/**
 * What a property test file needs: temporary projects, and the import worker's parser with a
 * time limit per file (so that a hang fails the case instead of the run). Checks the build
 * before the tests, and closes the worker and removes the projects after them.
 */
export function usePropertyRun(): { temp: TempProjects; parse: Parser } {
  const temp = new TempProjects();
  let worker: WorkerParser | undefined;
  beforeAll(() => {
    assertFreshBuild();
    worker = createWorkerParser({ timeoutMs: 30_000 });
  });
  afterAll(async () => {
    await worker?.close();
    await temp.remove();
  });
  const parse = ((kind, file) => {
    if (worker === undefined) throw new Error('usePropertyRun: parse inside a test');
    return worker.parse(kind, file);
  }) satisfies Parser as Parser;
  return { temp, parse };
}

/** Everything a failed import must leave as it was: the whole snapshot and the event log's end. */
export interface ProjectState {
  snapshot: ProjectSnapshot;
  lastEvent: number | string | null;
}

/** The state of `project` now. */
export async function projectState(project: Project): Promise<ProjectState> {
  return { snapshot: await project.snapshot(), lastEvent: (await project.log({ limit: 1 }))[0]?.id ?? null };
}

/** Temporary SQLite projects for one test file, closed and removed afterwards. */
export class TempProjects {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyphony-property-'));
  private readonly opened: Project[] = [];

  /** A new project file, filled by `seed`. */
  async create(seed: (project: Project) => Promise<void> = async () => undefined): Promise<Project> {
    const project = await openProject(path.join(this.dir, `p${this.opened.length + 1}.polyphony`), { create: true, actor: 'tester' });
    this.opened.push(project);
    await seed(project);
    return project;
  }

  /** Closes every project (closing twice is harmless) and removes the files. */
  async remove(): Promise<void> {
    for (const project of this.opened.splice(0)) await project.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** How the generated inputs of one property ended: counts by outcome (`ok` or an error code). */
export class Outcomes {
  private readonly counts = new Map<string, number>();
  constructor(private readonly name: string) {}

  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  /** One line for the test log, e.g. `docx: 200 inputs — ok 71, parse_error 120, …`. */
  report(): string {
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    const parts = [...this.counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    return `${this.name}: ${total} inputs — ${parts.join(', ')}`;
  }
}

/** How to judge one import's result. */
export interface OutcomeChecks<T> {
  /** The input is valid by construction: a refusal is then a failure too. */
  valid?: boolean;
  /** The error code when the use case reported a refusal in its result (a failed batch item). */
  refused?: (result: T) => { code: string; message: string } | null;
  /** Why a successful import is wrong, or null when it did the right thing. */
  check: (result: T) => Promise<string | null> | string | null;
}

/**
 * The invariant of every reader: `run` either succeeds (then `check` says whether it did the
 * right thing) or is refused with a clean `PolyphonyError` (thrown, or reported per item) that
 * leaves the project exactly as it was: the same snapshot, no new event. Any other exception,
 * the worker's time limit (a hang), or refusing a file that is valid by construction fails the
 * case. Returns `ok` or the error code.
 */
export async function expectCleanOutcome<T>(project: Project, run: () => Promise<T>, checks: OutcomeChecks<T>): Promise<string> {
  const before = await projectState(project);
  let refusal: { code: string; message: string } | null;
  let result: T | undefined;
  try {
    result = await run();
    refusal = checks.refused?.(result) ?? null;
  } catch (e) {
    if (!isPolyphonyError(e)) throw e;
    refusal = { code: e.code, message: e.message };
  }
  if (refusal !== null) {
    if (/takes longer than the limit/.test(refusal.message)) throw new Error(`hang: ${refusal.message}`);
    if (checks.valid === true) throw new Error(`a valid file was refused (${refusal.code}: ${refusal.message})`);
    const after = await projectState(project);
    if (JSON.stringify(before) !== JSON.stringify(after)) throw new Error(`the project changed although the import was refused (${refusal.code}: ${refusal.message})`);
    return refusal.code;
  }
  const wrong = await checks.check(result as T);
  if (wrong !== null) throw new Error(`wrong import: ${wrong}`);
  return 'ok';
}
