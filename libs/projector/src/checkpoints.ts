/** Reads and writes `projection_checkpoints`, always through the caller's EntityManager so it joins its transaction. */
import type { EntityManager } from 'typeorm';
import { START, comparePositions, type GlobalPosition } from '@app/event-store';

export interface Checkpoint {
  readonly name: string;
  readonly position: GlobalPosition;
  /** Counts the rebuilds swapped in; lets a reader tell that the tables behind a name changed. */
  readonly generation: number;
  /** The projection's `schemaVersion` its tables were built with. */
  readonly schemaVersion: number;
  readonly updatedAt: Date;
}

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
  generation: number;
  schema_version: number;
  updated_at: Date;
}

// A row from before versions were kept was built by version 1, which every projection started at.
const COLUMNS =
  'name, commit_position, prepare_position, generation, coalesce(schema_version, 1) as schema_version, updated_at';

export async function readCheckpoint(manager: EntityManager, name: string): Promise<Checkpoint | undefined> {
  const rows: CheckpointRow[] = await manager.query(`select ${COLUMNS} from projection_checkpoints where name = $1`, [
    name,
  ]);
  return rows[0] && toCheckpoint(rows[0]);
}

export async function readCheckpoints(
  manager: EntityManager,
  names: readonly string[],
): Promise<Map<string, Checkpoint>> {
  const rows: CheckpointRow[] = await manager.query(
    `select ${COLUMNS} from projection_checkpoints where name = any($1)`,
    [names],
  );
  return new Map(rows.map((row) => [row.name, toCheckpoint(row)]));
}

/**
 * A batch's first read in one round trip: the checkpoint's position, and which of the given streams
 * have an event still parked for `parkingKey` (their later events must wait too).
 */
export async function positionAndBlocked(
  manager: EntityManager,
  name: string,
  parkingKey: string,
  streamIds: readonly string[],
): Promise<{ position: GlobalPosition; blocked: Set<string> }> {
  const [row]: { commit_position: string | null; prepare_position: string | null; blocked: string[] }[] =
    await manager.query(
      `select c.commit_position, c.prepare_position,
            array(select distinct stream_id from projection_parked_events
                   where projection = $2 and replayed_at is null and stream_id = any($3::text[])) as blocked
       from (select 1) as one left join projection_checkpoints c on c.name = $1`,
      [name, parkingKey, streamIds],
    );
  const position =
    row.commit_position === null || row.prepare_position === null
      ? START
      : { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
  return { position, blocked: new Set(row.blocked) };
}

export async function positionOf(manager: EntityManager, name: string): Promise<GlobalPosition> {
  return (await readCheckpoint(manager, name))?.position ?? START;
}

/**
 * Never moves a checkpoint backwards: a second runner of the same projection cannot undo the first
 * one's progress. The first checkpoint records the schema version the live tables were created with;
 * later ones leave it, only a rebuild's swap changes it.
 */
export async function writeCheckpoint(
  manager: EntityManager,
  name: string,
  position: GlobalPosition,
  schemaVersion: number,
): Promise<void> {
  await manager.query(
    `insert into projection_checkpoints (name, commit_position, prepare_position, schema_version, updated_at)
     values ($1, $2, $3, $4, now())
     on conflict (name) do update set commit_position = excluded.commit_position,
       prepare_position = excluded.prepare_position, updated_at = now()
     where (projection_checkpoints.commit_position, projection_checkpoints.prepare_position)
         < (excluded.commit_position, excluded.prepare_position)`,
    [name, position.commit.toString(), position.prepare.toString(), schemaVersion],
  );
}

/** Used by a rebuild's swap only: the new tables reflect exactly this position, which may differ from the old one, and this schema version. */
export async function replaceCheckpoint(
  manager: EntityManager,
  name: string,
  position: GlobalPosition,
  schemaVersion: number,
): Promise<void> {
  await manager.query(
    `insert into projection_checkpoints (name, commit_position, prepare_position, generation, schema_version, updated_at)
     values ($1, $2, $3, 1, $4, now())
     on conflict (name) do update set commit_position = excluded.commit_position, prepare_position = excluded.prepare_position,
       generation = projection_checkpoints.generation + 1, schema_version = excluded.schema_version, updated_at = now()`,
    [name, position.commit.toString(), position.prepare.toString(), schemaVersion],
  );
}

export function isAfter(position: GlobalPosition, than: GlobalPosition): boolean {
  return comparePositions(position, than) > 0;
}

export function maxPosition(a: GlobalPosition, b: GlobalPosition): GlobalPosition {
  return comparePositions(a, b) >= 0 ? a : b;
}

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    name: row.name,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    generation: row.generation,
    schemaVersion: row.schema_version,
    updatedAt: row.updated_at,
  };
}
