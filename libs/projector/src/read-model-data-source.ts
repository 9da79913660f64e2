/** How the projector and its tools open the read models' database, said once. */
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** No entities and no schema sync: the projections create and upgrade their own tables; only errors are logged. */
export function readModelDataSourceOptions(url: string): PostgresDataSourceOptions {
  return { type: 'postgres', url, entities: [], synchronize: false, logging: ['error'] };
}

/** A projector's own pool: a connection for each projection's batch transaction (they apply side by side) and one for its other reads. */
export function projectorPoolOptions(
  base: PostgresDataSourceOptions,
  projections: number,
  applicationName: string,
): PostgresDataSourceOptions {
  const max = projections + 1;
  return { ...base, applicationName, poolSize: max, extra: { ...(base.extra as object | undefined), max } };
}
