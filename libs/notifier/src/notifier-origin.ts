/**
 * Where the notifier began (`notifier_origin`): the log head and the time of its first start. A notifier
 * started over a log that already has a history (a ledger upgraded to a version with the notifier, its
 * tables dropped) still folds every task, so reminders know every deadline, but tells nobody of the
 * causes at or before its origin: they happened before anyone could have been told, and a flood of them
 * would bury the new ones. Only those younger than the look-back (NOTIFIER_LOOKBACK_DAYS) are still told.
 * On an empty log the origin is the start, so a fresh ledger tells every cause.
 *
 * One row, written once and never changed: like the delivery records, it is no rebuildable read
 * model, so a rebuild of the notifier keeps passing over the same history.
 */
import type { EntityManager } from 'typeorm';
import { START, comparePositions, type GlobalPosition } from '@app/event-store';

export const ORIGIN_TABLE = 'notifier_origin';

export interface NotifierOrigin {
  readonly position: GlobalPosition;
  /** The clock's time at the first start: what the look-back counts back from. */
  readonly at: Date;
}

export async function ensureOriginTable(manager: EntityManager): Promise<void> {
  await manager.query(
    `create table if not exists ${ORIGIN_TABLE} (
       only_row boolean primary key default true check (only_row),
       commit_position bigint not null, prepare_position bigint not null, at timestamptz not null,
       created_at timestamptz not null default now())`,
  );
}

/**
 * Records the origin once, in the caller's transaction (under the notifier's projection lock). With no
 * checkpoint the notifier never ran here: its origin is the log head now. With a checkpoint but no
 * origin, a notifier from before the origin was kept has run and told what it read: nothing to pass
 * over, the origin is the start.
 */
export async function recordOriginOnce(
  manager: EntityManager,
  projectionName: string,
  head: () => Promise<GlobalPosition>,
  now: Date,
): Promise<void> {
  if (await readOrigin(manager)) return;
  const checkpoints: unknown[] = await manager.query(`select 1 from projection_checkpoints where name = $1`, [
    projectionName,
  ]);
  const position = checkpoints.length === 0 ? await head() : START;
  await manager.query(
    `insert into ${ORIGIN_TABLE} (commit_position, prepare_position, at) values ($1, $2, $3) on conflict (only_row) do nothing`,
    [position.commit.toString(), position.prepare.toString(), now.toISOString()],
  );
}

export async function readOrigin(manager: EntityManager): Promise<NotifierOrigin | undefined> {
  const rows: { commit_position: string; prepare_position: string; at: Date }[] = await manager.query(
    `select commit_position, prepare_position, at from ${ORIGIN_TABLE}`,
  );
  if (rows.length === 0) return undefined;
  const [row] = rows;
  return {
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    at: new Date(row.at),
  };
}

const DAY_MS = 86_400_000;

/** Whether a cause is told: after the origin, or at most `lookbackDays` older than it. */
export function isToldAfterOrigin(
  origin: NotifierOrigin,
  lookbackDays: number,
  position: GlobalPosition,
  occurredAt: string,
): boolean {
  if (comparePositions(position, origin.position) > 0) return true;
  return lookbackDays > 0 && Date.parse(occurredAt) > origin.at.getTime() - lookbackDays * DAY_MS;
}
