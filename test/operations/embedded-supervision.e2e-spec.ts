/**
 * The embedded mode supervises its server: the compiled app, as `npm start` runs it, brings a killed
 * postmaster back on the same data folder and port, and answers again without being restarted itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@app/testing';
import { findFreePort } from '../../libs/postgres/src/free-port';
import { get } from '../support/http-client';

const MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

describe('the embedded server under supervision', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-supervised-'));
  chmodSync(dataDir, 0o755);
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null)
      await new Promise((resolve) => (child!.once('exit', resolve), child!.kill('SIGTERM')));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a killed postmaster again and the API answers again, in the same process', async () => {
    expect(existsSync(MAIN)).toBe(true); // built by `npm test` before jest runs
    const port = await findFreePort();
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      EVENT_STORE: 'postgres',
      EVENTSTORE_CONNECTION_STRING: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'log',
    };
    const url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await eventually(
      () =>
        get(url, '/health').then(
          (a) => a.status,
          () => 0,
        ),
      (status) => status === 200 || child!.exitCode !== null,
      90_000,
      250,
    );
    expect(child.exitCode).toBeNull();

    const pidFile = join(dataDir, 'postgres', 'cluster', 'postmaster.pid');
    const killed = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    process.kill(killed, 'SIGKILL');

    await eventually(
      () => Promise.resolve(output),
      (text) => /running again/.test(text),
      60_000,
      100,
    );
    const health = await eventually(
      () =>
        get(url, '/health').then(
          (a) => a.status,
          () => 0,
        ),
      (status) => status === 200,
      30_000,
      100,
    );
    expect(health).toBe(200);
    expect(child.exitCode).toBeNull();
    expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).not.toBe(killed);
    expect(output).toMatch(/embedded PostgreSQL \(port \d+, data in .*\) died \(signal SIGKILL\): starting it again/);
    expect(output).toMatch(/embedded PostgreSQL \(port \d+, data in .*\) is running again \(restart 1, attempt \d\)/);
    // Not a terminal: JSON lines, not one colour code.
    const lines = output.trim().split('\n');
    expect(lines.filter((line) => !isJsonObject(line))).toEqual([]);
    expect(output).not.toContain('\u001b[');
  });
});

function isJsonObject(line: string): boolean {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
}
