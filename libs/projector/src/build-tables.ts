/** Creating and discarding the physical tables of a rebuild or a scratch build. */
import type { DataSource } from 'typeorm';
import type { Projection, TableNames } from './projection';
import { memoryTarget, suffixedTables, type MemoryTarget } from './apply-target';
import { deleteParked } from './parked-events';
import { quoteIdent } from './projector-schema';

let lastStamp = 0;

/** Epoch milliseconds, unique within this process even for two builds in the same millisecond. */
export function uniqueStamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return String(lastStamp);
}

/** `kind` is `r` for a rebuild, `c` for a scratch build made only to checksum. */
export async function createBuildTarget(
  dataSource: DataSource,
  projection: Projection,
  kind: 'r' | 'c',
): Promise<{ target: MemoryTarget; stamp: string }> {
  const stamp = uniqueStamp();
  const tables = suffixedTables(projection, `${kind}${stamp}`);
  await dataSource.transaction(async (manager) => {
    // createTables creates only what is missing: a leftover of another process must not be mistaken for a fresh table.
    for (const physical of Object.values(tables)) {
      const [{ found }] = await manager.query('select to_regclass($1) is not null as found', [quoteIdent(physical)]);
      if (found) throw new Error(`table ${physical} already exists; is another build of ${projection.name} running?`);
    }
    await projection.createTables(manager, tables);
  });
  return { target: memoryTarget(projection, tables, `${projection.name}#${kind}${stamp}`), stamp };
}

/** Drops a build's tables and its parked rows (after a scratch build, or a failed rebuild). */
export async function discardBuild(dataSource: DataSource, tables: TableNames, parkingKey: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const physical of Object.values(tables)) await manager.query(`drop table if exists ${quoteIdent(physical)}`);
    await deleteParked(manager, parkingKey);
  });
}
