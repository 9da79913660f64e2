/** `npm run projections:rebuild`, the compiled CLI, against a test database while a live projector runs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { parsePosition, type EventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin, Projector } from '@app/projector';
import { eventually } from '@app/testing';
import { appendRealisticLedger } from '../../bench/support/realistic-ledger';
import { stopGently } from '../support/child-processes';
import {
  QUIET_LOGGER,
  openProjectorTestLedger,
  spawnProjector,
  type ProjectorTestLedger,
} from '../support/projector-process';

const CLI = join(__dirname, '../../dist/apps/projector/src/cli/rebuild-projections.js');
const FAST = { batchWindowMs: 5, idleMs: 20 };

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, EVENT_STORE: 'postgres', EVENTSTORE_CONNECTION_STRING: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the projections:rebuild command', () => {
  let testLedger: ProjectorTestLedger;
  let databaseUrl: string;
  let store: EventStore;
  let dataSource: DataSource;
  let admin: ProjectionAdmin;
  let projector: Projector;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
    testLedger = await openProjectorTestLedger('cli');
    ({ databaseUrl, store, dataSource } = testLedger);
    admin = new ProjectionAdmin({ dataSource, store, projections: ALL_PROJECTIONS, logger: QUIET_LOGGER });
    const ledger = await appendRealisticLedger(store, { tasks: 90 });
    projector = new Projector({ dataSource, store, projections: ALL_PROJECTIONS, logger: QUIET_LOGGER, options: FAST });
    await projector.start();
    expect(await admin.waitForPosition('all', ledger.lastPosition, 15_000)).toBe(true);
  });
  afterAll(async () => {
    await projector.stop();
    await testLedger.close();
  });

  it('rebuilds one read model while the live projector runs, prints progress on stderr and a summary with the checksum, and exits 0', async () => {
    const run = await runCli(['task-deadlines'], { DATABASE_URL: databaseUrl });

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /task-deadlines \[swapped\] \d+ events, \d+ events\/s, position \d+-\d+, head \d+-\d+, ETA \d+s/,
    );
    const summary =
      /^task-deadlines: rebuilt from (\d+) events in [\d.]+ s, swapped in at (\d+-\d+); checksum ([0-9a-f]{64}) \((\d+) rows at (\d+-\d+)\)$/m.exec(
        run.stdout,
      );
    expect(summary).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThan(400);
    const live = await admin.checksum('task-deadlines');
    expect(live.checksum).toBe(summary![3]);
    expect(await admin.checksumOfFreshRebuild('task-deadlines', { until: parsePosition(live.position)! })).toEqual(
      live,
    );
    expect((await admin.status()).find((status) => status.name === 'task-deadlines')).toMatchObject({ generation: 1 });
  });

  it('rebuilds every registered read model when no name is given, one summary line each', async () => {
    const run = await runCli([], { DATABASE_URL: databaseUrl });

    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(':')[0]),
    ).toEqual(ALL_PROJECTIONS.map((projection) => projection.name));
    for (const { name } of ALL_PROJECTIONS) {
      const live = await admin.checksum(name);
      expect(await admin.checksumOfFreshRebuild(name, { until: parsePosition(live.position)! })).toEqual(live);
    }
  });

  it('exits 2 naming the known read models for an unknown one, and 1 when the database cannot be reached', async () => {
    const unknown = await runCli(['no-such-model'], { DATABASE_URL: databaseUrl });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      `unknown read model no-such-model; known: ${ALL_PROJECTIONS.map((projection) => projection.name).join(', ')}`,
    );

    const unreachable = await runCli(['task-deadlines'], {
      DATABASE_URL: databaseUrl.replace(/\/[^/]+$/, '/no_such_database'),
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toBe('');
  });

  describe('without DATABASE_URL, while another process runs the embedded server on the data folder', () => {
    let dataDir: string;
    let owner: ChildProcess;
    let ownerOutput: string[];
    beforeAll(async () => {
      // The projector process stands in for npm start: with no server on the folder, it starts the embedded one.
      dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
      ({ child: owner, output: ownerOutput } = spawnProjector({
        DATABASE_URL: '',
        DATA_DIR: dataDir,
        WATCHER_ENABLED: 'false',
      }));
      await eventually(() => ownerOutput.join('').includes('projector process'), 20_000);
    });
    afterAll(async () => {
      await stopGently(owner);
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('connects to that server (found through postmaster.pid) instead of starting a second one', async () => {
      const port = /embedded PostgreSQL on 127\.0\.0\.1:(\d+)/.exec(ownerOutput.join(''))?.[1];
      expect(port).toBeDefined();

      const run = await runCli(['task-deadlines'], { DATABASE_URL: '', DATA_DIR: dataDir });

      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`using the embedded PostgreSQL already running on 127.0.0.1:${port}`);
      expect(run.stdout).toMatch(/^task-deadlines: rebuilt from 0 events/);
      expect(run.stderr).not.toContain('embedded PostgreSQL stopped');
    });
  });
});
