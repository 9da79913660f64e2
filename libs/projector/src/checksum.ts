/**
 * A read model's checksum: SHA-256 over its rows, each canonically encoded (RFC 8785), in the order
 * its checksum queries give. Rows are fetched through a cursor, so a large table never sits in memory.
 */
import { createHash, type Hash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import type { DataSource, QueryRunner } from 'typeorm';
import { START, formatPosition, type GlobalPosition } from '@app/event-store';
import type { Projection, TableNames } from './projection';
import { liveTables } from './apply-target';
import { readCheckpoint } from './checkpoints';

const FETCH_SIZE = 1000;

export interface Checksum {
  readonly projection: string;
  readonly checksum: string;
  /** The position the checksummed rows reflect. */
  readonly position: string;
  readonly rows: number;
}

/** The live tables and their checkpoint, read in one snapshot so that they belong together. */
export async function checksumLive(dataSource: DataSource, projection: Projection): Promise<Checksum> {
  return inSnapshot(dataSource, async (runner) => {
    const checkpoint = await readCheckpoint(runner.manager, projection.name);
    return checksumWith(runner, projection, liveTables(projection), checkpoint?.position ?? START);
  });
}

export async function checksumTables(
  dataSource: DataSource,
  projection: Projection,
  tables: TableNames,
  position: GlobalPosition,
): Promise<Checksum> {
  return inSnapshot(dataSource, (runner) => checksumWith(runner, projection, tables, position));
}

async function checksumWith(
  runner: QueryRunner,
  projection: Projection,
  tables: TableNames,
  position: GlobalPosition,
): Promise<Checksum> {
  const hash = createHash('sha256');
  let rows = 0;
  for (const [index, sql] of projection.checksumQueries(tables).entries()) {
    // A separator per query, so that rows cannot slide from one query's part to the next one's.
    hash.update(`#${index}\n`);
    rows += await hashRows(runner, sql, hash);
  }
  return { projection: projection.name, checksum: hash.digest('hex'), position: formatPosition(position), rows };
}

async function hashRows(runner: QueryRunner, sql: string, hash: Hash): Promise<number> {
  await runner.query(`declare projector_checksum no scroll cursor for ${sql}`);
  let count = 0;
  for (let fetched = FETCH_SIZE; fetched === FETCH_SIZE;) {
    const rows: Record<string, unknown>[] = await runner.query(`fetch forward ${FETCH_SIZE} from projector_checksum`);
    for (const row of rows) hash.update(canonicalize(row) + '\n');
    count += rows.length;
    fetched = rows.length;
  }
  // Not in a finally: after a failed fetch the transaction is aborted and rolled back, cursor and all.
  await runner.query('close projector_checksum');
  return count;
}

async function inSnapshot<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    const result = await work(runner);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
