// Debian packages the tests need: Chromium (end-to-end tests, never a downloaded browser) and
// xmllint (REFI-QDA schema validation). Installed with apt-get when missing and we are root, as
// on the project's machines and CI; otherwise the commands to run are printed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const NEEDED = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
];

/** Installs the missing Debian packages, or explains how to. */
export function ensureSystemPackages() {
  const missing = NEEDED.filter((n) => !fs.existsSync(n.bin)).map((n) => n.pkg);
  if (!missing.length) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(`The tests need these Debian packages: ${missing.join(' ')}\n  sudo apt-get install -y ${missing.join(' ')}`);
    return;
  }
  console.log(`Installing Debian packages for the tests: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
