/** Fixtures for the projector's integration specs: a fresh database, the PostgreSQL event store, fast options, polling helpers. */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createEventStore, type AppendResult, type EventStore } from '@app/event-store';
import { createTestDatabase, eventually, headShowing } from '@app/testing';
import type { Projection } from '../../src/projection';
import { ProjectionAdmin } from '../../src/projection-admin';
import { Projector } from '../../src/projector';
import { readModelDataSourceOptions } from '../../src/read-model-data-source';
import type { ProjectorLogger, ProjectorOptionsInput } from '../../src/projector-options';

/** Small batches and quick retries, so that the specs see batching and backoff without waiting for them. */
export const FAST_OPTIONS: ProjectorOptionsInput = {
  batchSize: 20,
  batchWindowMs: 10,
  idleMs: 20,
  retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 20 },
  restartDelayMs: 10,
  progressEvery: 25,
};

export class RecordingLogger implements ProjectorLogger {
  readonly lines: string[] = [];
  log(message: string): void {
    this.lines.push(`LOG ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`WARN ${message}`);
  }
  error(message: string): void {
    this.lines.push(`ERROR ${message}`);
  }
}

export interface Harness {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly logger: RecordingLogger;
  projector(projections: readonly Projection[], options?: ProjectorOptionsInput): Projector;
  admin(projections: readonly Projection[]): ProjectionAdmin;
  /** Appends, then waits until the log's visible head includes the write. */
  append(streamId: string, count: number, type?: string): Promise<AppendResult>;
  rows<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const url = await createTestDatabase('projector');
  const dataSource = new DataSource(readModelDataSourceOptions(url));
  await dataSource.initialize();
  const store = await createEventStore({ kind: 'postgres', url });
  const logger = new RecordingLogger();
  const started: Projector[] = [];
  return {
    dataSource,
    store,
    logger,
    projector(projections, options = FAST_OPTIONS) {
      const projector = new Projector({ dataSource, store, projections, options, logger });
      started.push(projector);
      return projector;
    },
    admin: (projections) => new ProjectionAdmin({ dataSource, store, projections, options: FAST_OPTIONS, logger }),
    async append(streamId, count, type = 'ThingHappened') {
      const written = await store.append(
        streamId,
        Array.from({ length: count }, (_, index) => ({ id: randomUUID(), type, data: { index }, metadata: {} })),
        'any',
      );
      await headShowing(store, written.position);
      return written;
    },
    rows: (sql, parameters) => dataSource.query(sql, parameters),
    async close() {
      await Promise.all(started.map((projector) => projector.stop()));
      await store.close();
      await dataSource.destroy();
    },
  };
}

export { eventually } from '@app/testing';

/** Resolves once every named projection reports lag 0. */
export async function caughtUp(admin: ProjectionAdmin): Promise<void> {
  await eventually(
    () => admin.status(),
    (statuses) => statuses.every((status) => status.lag === 0 && status.checkpoint !== null),
  );
}
