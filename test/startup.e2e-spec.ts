/**
 * The real entry point, as `npm start` runs it: embedded PostgreSQL in a data folder, demo data,
 * a clean stop on SIGTERM, and yesterday's events found on the next start.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findFreePort } from '../libs/postgres/src/free-port';
import { post } from './support/http-client';
import { untilHealthy } from './support/until-healthy';

const MAIN = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'main.js');
const TOKEN_CLI = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'cli', 'token.js');

describe('starting the system with its embedded defaults', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-start-'));
  chmodSync(dataDir, 0o755); // a project folder is usually open to others; mkdtemp's is not
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves with demo data, stops cleanly on SIGTERM, and keeps its events for the next start', async () => {
    expect(existsSync(MAIN)).toBe(true); // built by `npm test` before jest runs
    const port = await findFreePort();
    // Pinned to the embedded PostgreSQL store: the GitHub workflow sets EVENTSTORE_CONNECTION_STRING,
    // which alone would send the events to EventStoreDB and prove nothing about embedded persistence.
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      EVENT_STORE: 'postgres',
      EVENTSTORE_CONNECTION_STRING: '',
      LOG_LEVEL: 'log',
    };
    const url = `http://127.0.0.1:${port}`;

    const first = await startProcess(env, url);
    expect(first.output()).toMatch(/demo programme ready: \d+ commands, [1-9]\d* new events/);
    const token = execFileSync(process.execPath, [TOKEN_CLI, 'supervisor'], { env }).toString().trim();
    const urge = await post(
      url,
      '/api/tasks/spp-2022-2022-18/urge',
      { reason: '请尽快签收', replyDueOn: '2026-12-31' },
      { token, headers: { 'idempotency-key': 'startup-spec-urge' } },
    );
    expect(urge.status).toBe(200);
    expect(await stopProcess(first.child, 'SIGTERM')).toBe(0);
    expect(first.output()).toMatch(/embedded PostgreSQL stopped/);

    const second = await startProcess(env, url);
    expect(second.output()).toMatch(/demo programme ready: \d+ commands, 0 new events/);
    const retried = await post(
      url,
      '/api/tasks/spp-2022-2022-18/urge',
      { reason: '请尽快签收', replyDueOn: '2026-12-31' },
      { token, headers: { 'idempotency-key': 'startup-spec-urge' } },
    );
    expect(retried.body).toMatchObject({ replayed: true, revision: urge.body.revision });
    expect(await stopProcess(second.child, 'SIGINT')).toBe(0);

    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(first.output()).not.toContain(secret);
    expect(second.output()).not.toContain(secret);
  });
});

async function startProcess(
  env: NodeJS.ProcessEnv,
  url: string,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  await untilHealthy(child, url, () => output).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { child, output: () => output };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

describe('failing to start', () => {
  /** Runs the compiled app until it exits by itself; its whole output. */
  function runUntilExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, EVENT_STORE: 'postgres', EVENTSTORE_CONNECTION_STRING: '', LOG_LEVEL: 'log', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return new Promise((resolve) =>
      child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') })),
    );
  }

  /** The error lines of the output: JSON log lines (pino) at level error or above, or plain ones saying ERROR. */
  function failureLines(output: string): string[] {
    return output.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return /ERROR|Error|error/.test(line) ? [line] : [];
      const entry = JSON.parse(line) as { level?: number; msg?: string };
      return (entry.level ?? 0) >= 50 ? [entry.msg ?? line] : [];
    });
  }

  it('says in one line that the port is taken and how to choose another, and exits 1, before starting a database', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-port-taken-'));
    try {
      const run = await runUntilExit({ DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' });
      expect(run.code).toBe(1);
      expect(failureLines(run.output)).toEqual([
        expect.stringContaining(
          `the API could not start: port ${port} on 127.0.0.1 is already in use: stop what listens there, or set PORT to another port`,
        ),
      ]);
      expect(run.output).not.toMatch(/\n\s+at |Unhandled|embedded PostgreSQL on/);
    } finally {
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('says in one line which database it cannot reach (never its password) and what to do, and exits 1', async () => {
    const closedPort = await findFreePort();
    const run = await runUntilExit({
      DATABASE_URL: `postgres://ledger:secret-pw@127.0.0.1:${closedPort}/ledger`,
      PORT: String(await findFreePort()),
    });
    expect(run.code).toBe(1);
    expect(failureLines(run.output)).toEqual([
      expect.stringContaining(
        `the API could not start: cannot connect to the database DATABASE_URL names (127.0.0.1:${closedPort}/ledger): connect ECONNREFUSED`,
      ),
    ]);
    expect(run.output).toContain('unset DATABASE_URL to use the embedded PostgreSQL');
    expect(run.output).not.toMatch(/\n\s+at |Unhandled|secret-pw/);
  });
});
