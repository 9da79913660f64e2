/** Spec support for the writers' integration specs: a fresh database, a projection's live tables, batches applied in a transaction. */
import { DataSource } from 'typeorm';
import type { RecordedEvent } from '@app/event-store';
import { createTestDatabase } from '@app/testing';
import type { Projection } from '@app/projector';
import { liveTables } from '@app/projector';

export interface ReadModelDatabase {
  readonly dataSource: DataSource;
  /** Applies the events as one batch, in one transaction, as the projector would; returns how many statements it ran. */
  apply(projection: Projection, events: readonly RecordedEvent[]): Promise<number>;
  /** Every row of the projection, in its checksum order. */
  snapshot(projection: Projection): Promise<unknown[][]>;
  close(): Promise<void>;
}

export async function openReadModelDatabase(projections: readonly Projection[]): Promise<ReadModelDatabase> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: await createTestDatabase('readmodel'),
    entities: [],
    synchronize: false,
    logging: ['error'],
  });
  await dataSource.initialize();
  for (const projection of projections)
    await dataSource.transaction((manager) => projection.createTables(manager, liveTables(projection)));
  return {
    dataSource,
    async apply(projection, events) {
      return dataSource.transaction(async (manager) => {
        let statements = 0;
        const query = manager.query.bind(manager);
        manager.query = ((sql: string, parameters?: unknown[]) => {
          statements++;
          return query(sql, parameters);
        }) as typeof manager.query;
        await projection.apply(manager, events, liveTables(projection));
        return statements;
      });
    },
    async snapshot(projection) {
      const result: unknown[][] = [];
      for (const sql of projection.checksumQueries(liveTables(projection))) result.push(await dataSource.query(sql));
      return result;
    },
    close: () => dataSource.destroy(),
  };
}
