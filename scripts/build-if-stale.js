#!/usr/bin/env node
/**
 * `node scripts/build-if-stale.js <folder> [<entry> [args…]]`: compiles apps/ and libs/ into <folder>,
 * as `npm run build` does into dist/, but only when a source is newer than the last build there; then
 * runs <entry> (a path inside <folder>, without it) in this same process with the args. The token
 * command runs this way from its own folder (.build/cli): it answers at once when nothing changed, and
 * never rewrites the dist/ a running server was started from. A new build is made beside the old one
 * and swapped in.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const SOURCES = ['apps', 'libs'].map((dir) => join(ROOT, dir));
const CONFIG = ['.swcrc', 'tsconfig.json'].map((file) => join(ROOT, file));
const STAMP = '.built';

function newestSourceMs() {
  let newest = Math.max(...CONFIG.filter(existsSync).map((file) => statSync(file).mtimeMs));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
    // A file removed or renamed shows only in its folder's time.
    newest = Math.max(newest, statSync(dir).mtimeMs);
  };
  SOURCES.forEach(walk);
  return newest;
}

function builtMs(folder) {
  const stamp = join(folder, STAMP);
  return existsSync(stamp) ? statSync(stamp).mtimeMs : -Infinity;
}

function build(folder) {
  const staging = `${folder}.${process.pid}`;
  const startedMs = Date.now();
  const swc = spawnSync(
    process.execPath,
    [require.resolve('@swc/cli/bin/swc.js'), 'apps', 'libs', '-d', staging, '-q', '--ignore', '**/*.spec.ts'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (swc.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`building ${folder} failed (swc exit ${swc.status ?? swc.signal})\n`);
    process.exit(1);
  }
  // Stamped with the time the build started: a source saved during the build makes the next call build again.
  writeFileSync(join(staging, STAMP), '');
  const stampTime = new Date(startedMs);
  utimesSync(join(staging, STAMP), stampTime, stampTime);
  const old = `${folder}.old-${process.pid}`;
  if (existsSync(folder)) renameSync(folder, old);
  renameSync(staging, folder);
  rmSync(old, { recursive: true, force: true });
}

const [folderArg, entry, ...args] = process.argv.slice(2);
const folder = resolve(ROOT, folderArg ?? '.build/cli');
if (newestSourceMs() > builtMs(folder)) build(folder);
if (entry) {
  // One process, not two: the entry sees the args as if it had been started itself.
  const entryPath = join(folder, entry);
  process.argv = [process.argv[0], entryPath, ...args];
  require(entryPath);
}
