/**
 * Where a batch goes and how its position is kept: the live tables with the checkpoint row, or a
 * rebuild's fresh tables with a position held in memory. The batch logic is the same for both.
 */
import type { EntityManager } from 'typeorm';
import { START, type GlobalPosition } from '@app/event-store';
import type { Projection, TableNames } from './projection';
import { positionAndBlocked, positionOf, writeCheckpoint } from './checkpoints';
import { blockedStreams } from './parked-events';

export interface ApplyTarget {
  readonly projection: Projection;
  readonly tables: TableNames;
  /** The `projection` column of parked rows written for this target. */
  readonly parkingKey: string;
  /** Set for live tables: each batch takes the projection's lock, which a rebuild's swap also takes. */
  readonly lockName?: string;
  /** The position the target's tables reflect, read inside the batch's transaction. */
  position(manager: EntityManager): Promise<GlobalPosition>;
  /** The position, and which of the streams have an event parked for this target: a batch's first read, in one round trip where it can. */
  positionAndBlocked(
    manager: EntityManager,
    streamIds: readonly string[],
  ): Promise<{ position: GlobalPosition; blocked: Set<string> }>;
  /** Records the new position inside the batch's transaction. */
  advance(manager: EntityManager, position: GlobalPosition): Promise<void>;
  /** Called once the batch's transaction has committed. */
  committed(position: GlobalPosition): void;
}

export function liveTables(projection: Projection): TableNames {
  return Object.fromEntries(projection.tables.map((table) => [table, table]));
}

/** Physical names for a rebuild or a scratch build: `<logical>__<suffix>`. */
export function suffixedTables(projection: Projection, suffix: string): TableNames {
  return Object.fromEntries(projection.tables.map((table) => [table, `${table}__${suffix}`]));
}

export function liveTarget(projection: Projection): ApplyTarget {
  return {
    projection,
    tables: liveTables(projection),
    parkingKey: projection.name,
    lockName: projection.name,
    position: (manager) => positionOf(manager, projection.name),
    positionAndBlocked: (manager, streamIds) =>
      positionAndBlocked(manager, projection.name, projection.name, streamIds),
    advance: (manager, position) => writeCheckpoint(manager, projection.name, position, projection.schemaVersion),
    committed: () => undefined,
  };
}

export interface MemoryTarget extends ApplyTarget {
  readonly current: GlobalPosition;
}

/** A rebuild's target: nobody else writes its tables, so its position needs no row and no lock. */
export function memoryTarget(projection: Projection, tables: TableNames, parkingKey: string): MemoryTarget {
  let current: GlobalPosition = START;
  return {
    projection,
    tables,
    parkingKey,
    get current() {
      return current;
    },
    position: async () => current,
    positionAndBlocked: async (manager, streamIds) => ({
      position: current,
      blocked: await blockedStreams(manager, parkingKey, streamIds),
    }),
    advance: async () => undefined,
    committed: (position) => {
      current = position;
    },
  };
}
