/**
 * `npm run token`, as a user's shell runs it: a token for a known demo user (exit 0), the list of
 * demo users, a clear line and a non-zero exit otherwise; built into its own folder only when a
 * source changed, so it neither rebuilds on every call nor rewrites dist/ under a running server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from 'jsonwebtoken';
import { DEMO_UNITS } from '../apps/api/src/demo/demo-organisation';
import { DEMO_USERS } from '../apps/api/src/demo/demo-users';

const ROOT = join(__dirname, '..');
const COMPILED = join(ROOT, 'dist', 'apps', 'api', 'src', 'cli', 'token.js');
const BUILD_IF_STALE = join(ROOT, 'scripts', 'build-if-stale.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: '', JWT_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the token command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'token-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const token = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, [COMPILED, ...args], { DATA_DIR: dataDir, ...env });

  it('npm run -s token -- supervisor prints a token signed with the local secret, exit 0, leaving dist/ as it was', async () => {
    const main = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
    const distBefore = statSync(main).mtimeMs;

    const answer = await run('npm', ['run', '-s', 'token', '--', 'supervisor'], { DATA_DIR: dataDir });

    expect(answer).toMatchObject({ code: 0, stderr: '' });
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    expect(verify(answer.stdout.trim(), secret, { algorithms: ['HS256'] })).toMatchObject({
      sub: DEMO_USERS.supervisor.sub,
      role: 'supervisor',
      exp: expect.any(Number),
    });
    expect(statSync(main).mtimeMs).toBe(distBefore);
  });

  it('--list prints every demo user with role and unit, from the one list of demo users', async () => {
    const answer = await token(['--list']);

    expect(answer.code).toBe(0);
    const lines = answer.stdout.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(DEMO_USERS).length + 1);
    for (const [key, user] of Object.entries(DEMO_USERS)) {
      const line = lines.find((text) => text.startsWith(`${key} `));
      expect(line).toBeDefined();
      expect(line!.split(/\s+/).slice(0, 3)).toEqual([key, user.role, user.unit ?? '—']);
      if (user.unit) expect(line).toContain(DEMO_UNITS.find((unit) => unit.unitId === user.unit)!.name);
    }
  });

  it('says in one line that a user is unknown, and which are known, with exit 1 and nothing on stdout', async () => {
    const answer = await token(['nobody']);

    expect(answer).toMatchObject({ code: 1, stdout: '' });
    expect(answer.stderr).toBe(
      `unknown demo user "nobody"; the demo users are ${Object.keys(DEMO_USERS).join(', ')} (npm run -s token -- --list)\n`,
    );
  });

  it('exits 2 with the usage when no user or an unknown option is given', async () => {
    for (const args of [[], ['--bogus'], ['unit', 'leader']]) {
      const answer = await token(args);
      expect(answer).toMatchObject({
        code: 2,
        stdout: '',
        stderr: expect.stringContaining('usage: npm run -s token -- <user>'),
      });
    }
  });

  it('exits 1 with the reason when it has no way to sign (production needs a configured key)', async () => {
    expect(await token(['supervisor'], { NODE_ENV: 'production' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^cannot sign a token: NODE_ENV=production needs JWT_SECRET/),
    });
  });

  describe('its build', () => {
    const folder = mkdtempSync(join(tmpdir(), 'token-build-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const stamp = join(folder, 'cli', '.built');

    it('is made when missing, kept while no source is newer, and made again when one is', async () => {
      expect((await run(process.execPath, [BUILD_IF_STALE, join(folder, 'cli')])).code).toBe(0);
      expect(existsSync(join(folder, 'cli', 'apps', 'api', 'src', 'cli', 'token.js'))).toBe(true);
      const built = statSync(stamp).mtimeMs;

      expect((await run(process.execPath, [BUILD_IF_STALE, join(folder, 'cli')])).code).toBe(0);
      expect(statSync(stamp).mtimeMs).toBe(built);

      // As if every source had been saved after that build.
      utimesSync(stamp, new Date(0), new Date(0));
      expect((await run(process.execPath, [BUILD_IF_STALE, join(folder, 'cli')])).code).toBe(0);
      expect(statSync(stamp).mtimeMs).toBeGreaterThan(0);
    });
  });
});
