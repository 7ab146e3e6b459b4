import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Places on disk that tests can fill up or make read-only for real. Root ignores permission bits
 * (the CI machine runs tests as root), so root gets a tmpfs it mounts (read-only by remounting)
 * or, failing that, immutable files (chattr +i); anyone else gets chmod. A test that can have
 * none of these skips with a visible notice saying why.
 */

function sh(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

function attempt(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
  }
}

const isRoot = process.getuid?.() === 0;
const newDir = () => mkdtempSync(join(tmpdir(), 'polyphony-place-'));

/** Why no tmpfs can be mounted here, or null if one can (checked by mounting one). */
export function whyNoTmpfs(): string | null {
  if (!isRoot) return 'not running as root, so no tmpfs can be mounted';
  const dir = newDir();
  const failed = attempt(() => sh('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]));
  if (!failed) sh('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return failed && `mount -t tmpfs failed: ${failed}`;
}

/** A folder for one test, removed (and unmounted) by `remove`. */
export interface TestPlace {
  dir: string;
  remove(): void;
}

/** A tmpfs of `size` (e.g. `4m`): a small disk to fill. Check {@link whyNoTmpfs} first. */
export function mountTmpfs(size: string): TestPlace {
  const dir = newDir();
  sh('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
  return {
    dir,
    remove() {
      // Lazily: a project a failed test left open must not keep the mount (and its folder) alive.
      sh('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A folder whose contents can be sealed: nothing in it written, nothing added to it. */
export interface SealablePlace extends TestPlace {
  /** How `seal` works here, for test names. */
  how: string;
  seal(): void;
  unseal(): void;
}

function chmodPlace(): SealablePlace {
  const dir = newDir();
  const files = (mode: number) => readdirSync(dir).forEach((f) => chmodSync(join(dir, f), mode));
  return {
    dir,
    how: 'chmod a-w',
    seal() {
      files(0o444);
      chmodSync(dir, 0o555);
    },
    unseal() {
      chmodSync(dir, 0o755);
      files(0o644);
    },
    remove() {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Why root cannot make files immutable here, or null if it can (checked on a folder). */
function whyNoChattr(): string | null {
  const dir = newDir();
  const failed = attempt(() => sh('chattr', ['+i', dir])) ?? attempt(() => sh('chattr', ['-i', dir]));
  rmSync(dir, { recursive: true, force: true });
  return failed;
}

function chattrPlace(): SealablePlace {
  const dir = newDir();
  const chattr = (flag: string) => sh('chattr', [flag, dir, ...readdirSync(dir).map((f) => join(dir, f))]);
  return {
    dir,
    how: 'chattr +i',
    seal: () => chattr('+i'),
    unseal: () => chattr('-i'),
    remove() {
      chattr('-i');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * How {@link sealablePlace} will seal a folder here, or `{ reason }` it cannot. Cheap enough to
 * decide at collection time whether a test runs; the place itself is made inside the test.
 */
export function sealing(): { how: string } | { reason: string } {
  if (!isRoot) return { how: 'chmod a-w' };
  if (whyNoTmpfs() === null) return { how: 'a read-only mount' };
  const failed = whyNoChattr();
  return failed ? { reason: `root, but neither a tmpfs can be mounted nor chattr +i used (${failed})` } : { how: 'chattr +i' };
}

/** A folder that `seal()` makes read-only; check {@link sealing} first. */
export function sealablePlace(): SealablePlace {
  if (!isRoot) return chmodPlace();
  if (whyNoTmpfs() !== null) return chattrPlace();
  const place = mountTmpfs('64m');
  return {
    ...place,
    how: 'a read-only mount',
    seal: () => sh('mount', ['-o', 'remount,ro', place.dir]),
    unseal: () => sh('mount', ['-o', 'remount,rw', place.dir]),
  };
}

/** Makes one file read-only (chattr +i as root, chmod otherwise); returns the undo, or why not. */
export function sealFile(file: string): (() => void) | { reason: string } {
  if (!isRoot) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o644);
  }
  const failed = attempt(() => sh('chattr', ['+i', file]));
  return failed ? { reason: `chattr +i failed: ${failed}` } : () => sh('chattr', ['-i', file]);
}
