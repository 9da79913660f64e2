/**
 * What the specs that run the compiled projector process share (`npm test` builds dist/ first): the
 * program, a start with its output kept (and shown when it dies other than by the spec's SIGKILL), and
 * the test ledger such a spec gives it: a database of its own, its event store and a data source on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createEventStore, type EventStore } from '@app/event-store';
import { readModelDataSourceOptions } from '@app/projector';
import { createTestDatabase } from '@app/testing';

export const PROJECTOR_MAIN = join(__dirname, '../../dist/apps/projector/src/main.js');

/** A logger for the spec's own ProjectionAdmin or Projector, whose lines are not what the spec tests. */
export const QUIET_LOGGER = { log: () => undefined, warn: () => undefined, error: () => undefined };

export function assertProjectorBuilt(): void {
  if (!existsSync(PROJECTOR_MAIN))
    throw new Error(`${PROJECTOR_MAIN} is missing: run npm run build first (npm test does)`);
}

export interface ProjectorProcess {
  readonly child: ChildProcess;
  /** Everything it wrote, stdout and stderr in the order they came. */
  readonly output: string[];
}

/** Starts the projector process on the PostgreSQL store, with `env` over the spec's own environment. */
export function spawnProjector(env: Record<string, string>, label = 'projector'): ProjectorProcess {
  const child = spawn(process.execPath, [PROJECTOR_MAIN], {
    env: { ...process.env, EVENT_STORE: 'postgres', EVENTSTORE_CONNECTION_STRING: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGKILL')
      process.stderr.write(`${label} exited with ${code ?? signal}:\n${output.join('')}\n`);
  });
  return { child, output };
}

export interface ProjectorTestLedger {
  readonly databaseUrl: string;
  readonly store: EventStore;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** A new test database (named after `name`), its event store and a data source on it. */
export async function openProjectorTestLedger(name: string): Promise<ProjectorTestLedger> {
  const databaseUrl = await createTestDatabase(name);
  const store = await createEventStore({ kind: 'postgres', url: databaseUrl });
  const dataSource = await new DataSource(readModelDataSourceOptions(databaseUrl)).initialize();
  return {
    databaseUrl,
    store,
    dataSource,
    close: async () => {
      await store.close();
      await dataSource.destroy();
    },
  };
}
