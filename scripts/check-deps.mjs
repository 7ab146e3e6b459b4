#!/usr/bin/env node
// Keeps the package graph one-way (DESIGN.md, ADR 003): core <- store <- app <- server/cli;
// formats <- core; app uses formats too; web uses core only. Fails on any import of a workspace package that is not allowed,
// and on Node built-ins inside core's code (core must run in the browser; its tests may read files).
import fs from 'node:fs';
import path from 'node:path';

const allowed = {
  core: [],
  formats: ['core'],
  store: ['core'],
  app: ['core', 'store', 'formats'],
  server: ['core', 'store', 'formats', 'app'],
  cli: ['core', 'store', 'formats', 'app', 'server'],
  web: ['core'],
};
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const problems = [];
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== 'dist') walk(p, out); }
    else if (/\.(ts|tsx|mts)$/.test(e.name)) out.push(p);
  }
  return out;
}
for (const pkg of fs.readdirSync(path.join(root, 'packages'))) {
  const src = path.join(root, 'packages', pkg, 'src');
  if (!fs.existsSync(src)) continue;
  const ok = allowed[pkg];
  if (!ok) { problems.push(`packages/${pkg}: not in the dependency map of scripts/check-deps.mjs`); continue; }
  for (const file of walk(src, [])) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      const ws = spec.match(/^@polyphony\/([^/]+)/);
      const rel = path.relative(root, file);
      if (ws && ws[1] !== pkg && !ok.includes(ws[1])) problems.push(`${rel}: ${pkg} must not import @polyphony/${ws[1]}`);
      if (pkg === 'core' && !/\.test\.tsx?$/.test(file) && (spec.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'child_process'].includes(spec)))
        problems.push(`${rel}: core must not import the Node built-in "${spec}"`);
      if (spec.startsWith('../') && path.resolve(path.dirname(file), spec).indexOf(path.join(root, 'packages', pkg)) !== 0)
        problems.push(`${rel}: relative import "${spec}" leaves the package`);
    }
  }
}
if (problems.length) {
  console.error(`Dependency direction check failed (${problems.length}):\n` + problems.map((p) => '  ' + p).join('\n'));
  process.exit(1);
}
console.log('Dependency direction OK');
