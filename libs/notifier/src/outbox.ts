/**
 * The outbox side of the delivery records: claiming what is due, and recording each try's outcome.
 * A claim is one statement that moves the row's next try a lease ahead, so a second dispatcher skips
 * it and a dispatcher killed mid-send leaves it to be tried again once the lease runs out: at least
 * once, never lost. The times are the database's, so every process agrees on them.
 */
import type { EntityManager } from 'typeorm';
import { DELIVERIES_TABLE, type DeliveryRecord, type DeliveryStatus } from './delivery-records';

export interface OutboxDelivery extends DeliveryRecord {
  /** Counting the try under way. */
  readonly attempts: number;
}

interface OutboxRow {
  id: string;
  cause_id: string;
  cause: DeliveryRecord['cause'];
  task_id: string | null;
  recipient: DeliveryRecord['recipient'];
  channel: DeliveryRecord['channel'];
  address: string;
  title: string;
  body: string;
  occurred_at: Date;
  attempts: number;
}

export async function claimDue(manager: EntityManager, limit: number, leaseMs: number): Promise<OutboxDelivery[]> {
  const rows: OutboxRow[] = await manager.query(
    `update ${DELIVERIES_TABLE} d set attempts = d.attempts + 1, next_attempt_at = now() + ($2::double precision * interval '1 millisecond')
     where d.id in (select id from ${DELIVERIES_TABLE} where status in ('pending', 'failed') and next_attempt_at <= now()
                    order by next_attempt_at, id limit $1 for update skip locked)
     returning d.id, d.cause_id, d.cause, d.task_id, d.recipient, d.channel, d.address, d.title, d.body, d.occurred_at, d.attempts`,
    [limit, leaseMs],
  );
  // node-postgres answers an UPDATE … RETURNING as [rows, count].
  const claimed = (Array.isArray(rows[0]) ? rows[0] : rows) as OutboxRow[];
  return claimed.map((row) => ({
    id: row.id,
    causeId: row.cause_id,
    cause: row.cause,
    taskId: row.task_id,
    recipient: row.recipient,
    channel: row.channel,
    address: row.address,
    title: row.title,
    body: row.body,
    occurredAt: new Date(row.occurred_at).toISOString(),
    attempts: row.attempts,
  }));
}

export async function markDelivered(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    `update ${DELIVERIES_TABLE} set status = 'delivered', delivered_at = now(), next_attempt_at = null, last_error = null where id = $1`,
    [id],
  );
}

/** `dead` after the last try (nothing is tried again until an operator retries it), else `failed` with the next try `delayMs` ahead. */
export async function markFailed(
  manager: EntityManager,
  id: string,
  error: string,
  delayMs: number | 'dead',
): Promise<void> {
  if (delayMs === 'dead') {
    await manager.query(
      `update ${DELIVERIES_TABLE} set status = 'dead', next_attempt_at = null, last_error = $2 where id = $1 and status <> 'delivered'`,
      [id, error],
    );
  } else {
    await manager.query(
      `update ${DELIVERIES_TABLE} set status = 'failed', next_attempt_at = now() + ($3::double precision * interval '1 millisecond'), last_error = $2 where id = $1 and status <> 'delivered'`,
      [id, error, delayMs],
    );
  }
}

export type RetryOutcome =
  | { readonly kind: 'retried'; readonly status: DeliveryStatus }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'not_retryable'; readonly status: DeliveryStatus; readonly channel: string };

/** An operator's replay: a dead (or failing) mail or webhook delivery gets a fresh set of tries, now. */
export async function retryDelivery(manager: EntityManager, id: string): Promise<RetryOutcome> {
  // No notifier ran on this database yet: no delivery can exist.
  const [{ exists }]: { exists: boolean }[] = await manager.query(`select to_regclass($1) is not null as exists`, [
    DELIVERIES_TABLE,
  ]);
  if (!exists) return { kind: 'not_found' };
  return manager.transaction(async (tx) => {
    const rows: { status: DeliveryStatus; channel: string }[] = await tx.query(
      `select status, channel from ${DELIVERIES_TABLE} where id = $1 for update`,
      [id],
    );
    if (rows.length === 0) return { kind: 'not_found' };
    const { status, channel } = rows[0];
    if (channel === 'inbox' || status === 'delivered') return { kind: 'not_retryable', status, channel };
    await tx.query(
      `update ${DELIVERIES_TABLE} set status = 'pending', attempts = 0, next_attempt_at = now(), last_error = null where id = $1`,
      [id],
    );
    return { kind: 'retried', status: 'pending' };
  });
}
