/**
 * No embedded server outlives the process that started it: a process with no stop of its own (a
 * command-line tool, an app still starting) that gets SIGTERM stops its server and exits 128+15.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@app/testing';

const COMPILED = join(__dirname, '../../../dist/libs/postgres/src/embedded-postgres.js');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('an embedded server whose process is told to stop', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pg-lifetime-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops with it on SIGTERM when the process installed no stop of its own', async () => {
    expect(existsSync(COMPILED)).toBe(true); // built by `npm test` before jest runs
    const script = `require(${JSON.stringify(COMPILED)}).startEmbeddedPostgres({ dataDir: ${JSON.stringify(join(dataDir, 'pg'))}, persistent: true, notice: () => {} }).then(() => { console.log('ready'); setInterval(() => {}, 1000); })`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await eventually(
      async () => output,
      (said) => said.includes('ready'),
      60_000,
    );
    const serverPid = Number(readFileSync(join(dataDir, 'pg', 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(serverPid)).toBe(true);

    child.kill('SIGTERM');

    expect(await exited).toBe(143);
    expect(isAlive(serverPid)).toBe(false);
  });
});
