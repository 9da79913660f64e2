/** Reads and writes `projection_parked_events`: events a projection could not apply, kept for a replay after the fix. */
import type { EntityManager } from 'typeorm';
import type { GlobalPosition, RecordedEvent } from '@app/event-store';

export const BLOCKED_BY_EARLIER_EVENT = 'an earlier event of this stream is parked';

export interface ParkedEvent {
  readonly id: string;
  readonly projection: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly errorMessage: string;
  readonly attempts: number;
  readonly parkedAt: Date;
  readonly replayedAt: Date | null;
}

interface ParkedRow {
  id: string;
  projection: string;
  event_id: string;
  stream_id: string;
  revision: string;
  commit_position: string;
  prepare_position: string;
  type: string;
  error_message: string;
  attempts: number;
  parked_at: Date;
  replayed_at: Date | null;
}

export async function parkEvent(
  manager: EntityManager,
  key: string,
  event: RecordedEvent,
  errorMessage: string,
  attempts: number,
): Promise<void> {
  await manager.query(
    `insert into projection_parked_events
       (projection, event_id, stream_id, revision, commit_position, prepare_position, type, error_message, attempts)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (projection, event_id) where replayed_at is null do nothing`,
    [
      key,
      event.id,
      event.streamId,
      event.revision.toString(),
      event.position.commit.toString(),
      event.position.prepare.toString(),
      event.type,
      errorMessage,
      attempts,
    ],
  );
}

/** Of the given streams, those with an event still parked for this projection: their later events must wait too. */
export async function blockedStreams(
  manager: EntityManager,
  key: string,
  streamIds: readonly string[],
): Promise<Set<string>> {
  if (streamIds.length === 0) return new Set();
  const rows: { stream_id: string }[] = await manager.query(
    `select distinct stream_id from projection_parked_events
     where projection = $1 and replayed_at is null and stream_id = any($2)`,
    [key, streamIds],
  );
  return new Set(rows.map((row) => row.stream_id));
}

/** Waiting (not yet replayed) parked events, oldest first; all projections when none is named. */
export async function listWaitingParked(
  manager: EntityManager,
  key?: string,
  streamId?: string,
): Promise<ParkedEvent[]> {
  const rows: ParkedRow[] = await manager.query(
    `select * from projection_parked_events
     where replayed_at is null and ($1::text is null or projection = $1) and ($2::text is null or stream_id = $2)
     order by projection, commit_position, prepare_position`,
    [key ?? null, streamId ?? null],
  );
  return rows.map(toParkedEvent);
}

export async function countWaitingParked(manager: EntityManager): Promise<Map<string, number>> {
  const rows: { projection: string; waiting: string }[] = await manager.query(
    'select projection, count(*) as waiting from projection_parked_events where replayed_at is null group by projection',
  );
  return new Map(rows.map((row) => [row.projection, Number(row.waiting)]));
}

export async function markReplayed(manager: EntityManager, ids: readonly string[]): Promise<void> {
  await manager.query('update projection_parked_events set replayed_at = now() where id = any($1)', [ids]);
}

export async function recordFailedReplay(
  manager: EntityManager,
  ids: readonly string[],
  errorMessage: string,
): Promise<void> {
  await manager.query(
    'update projection_parked_events set attempts = attempts + 1, error_message = $2 where id = any($1)',
    [ids, errorMessage],
  );
}

/** At a rebuild's swap, the events the rebuild parked replace those the old tables were waiting for. */
export async function handOverParked(manager: EntityManager, fromKey: string, toKey: string): Promise<void> {
  await manager.query('delete from projection_parked_events where projection = $1 and replayed_at is null', [toKey]);
  await manager.query('update projection_parked_events set projection = $2 where projection = $1', [fromKey, toKey]);
}

export async function deleteParked(manager: EntityManager, key: string): Promise<void> {
  await manager.query('delete from projection_parked_events where projection = $1', [key]);
}

function toParkedEvent(row: ParkedRow): ParkedEvent {
  return {
    id: String(row.id),
    projection: row.projection,
    eventId: row.event_id,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    type: row.type,
    errorMessage: row.error_message,
    attempts: row.attempts,
    parkedAt: row.parked_at,
    replayedAt: row.replayed_at,
  };
}
