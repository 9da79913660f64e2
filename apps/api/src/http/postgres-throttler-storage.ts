/**
 * The request budgets, kept in PostgreSQL so that every API process behind a load balancer counts
 * against the same budget (an in-memory store gives each replica its own, so N replicas allow N times
 * the limit). A fixed window per (budget, caller): one upsert per request, in an UNLOGGED table (a lost
 * budget after a crash only forgives a minute's requests). If the database cannot be reached the request
 * is let through (a warning is logged): the budget protects the service, it must not become an outage of its own.
 */
import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';
import { isConnectionFailure } from '@app/event-store';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

const TABLE = 'request_budget';
/** Every so many requests, windows that ended long ago are deleted (a caller who comes back starts a fresh one anyway). */
const SWEEP_EVERY = 1000;

export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RequestBudget');
  private ready?: Promise<void>;
  private counted = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      await (this.ready ??= this.createTable().catch((error: unknown) => {
        this.ready = undefined;
        throw error;
      }));
      // A window that has ended (and no block still running) starts again at 1; past the limit the caller
      // is blocked for blockDuration from the request that went over.
      const rows: { hits: number; expires_in_ms: string; blocked_for_ms: string | null }[] = await this.dataSource.query(
        `insert into ${TABLE} as b (key, budget, window_ends, hits, blocked_until)
           values ($1, $2, clock_timestamp() + $3 * interval '1 millisecond', 1, case when 1 > $4 then clock_timestamp() + $5 * interval '1 millisecond' end)
         on conflict (key, budget) do update set
           hits = case when b.window_ends <= clock_timestamp() and coalesce(b.blocked_until <= clock_timestamp(), true) then 1 else b.hits + 1 end,
           window_ends = case when b.window_ends <= clock_timestamp() and coalesce(b.blocked_until <= clock_timestamp(), true)
                              then clock_timestamp() + $3 * interval '1 millisecond' else b.window_ends end,
           blocked_until = case
             when b.blocked_until > clock_timestamp() then b.blocked_until
             when (case when b.window_ends <= clock_timestamp() and coalesce(b.blocked_until <= clock_timestamp(), true) then 1 else b.hits + 1 end) > $4
               then clock_timestamp() + $5 * interval '1 millisecond'
             else null end
         returning hits,
                   extract(epoch from (window_ends - clock_timestamp())) * 1000 as expires_in_ms,
                   extract(epoch from (blocked_until - clock_timestamp())) * 1000 as blocked_for_ms`,
        [key, throttlerName, ttl, limit, blockDuration],
      );
      const [row] = rows;
      if (++this.counted % SWEEP_EVERY === 0) void this.deleteEnded().catch(() => undefined);
      const blockedForMs = row.blocked_for_ms === null ? 0 : Number(row.blocked_for_ms);
      return {
        totalHits: row.hits,
        timeToExpire: Math.max(0, Math.ceil(Number(row.expires_in_ms) / 1000)),
        isBlocked: blockedForMs > 0,
        timeToBlockExpire: Math.max(0, Math.ceil(blockedForMs / 1000)),
      };
    } catch (error) {
      if (!isConnectionFailure(error)) throw error;
      this.logger.warn(`request budget not counted, the database cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  private async createTable(): Promise<void> {
    await this.dataSource.query(
      `create unlogged table if not exists ${TABLE} (
         key text not null, budget text not null, window_ends timestamptz not null, hits integer not null, blocked_until timestamptz,
         primary key (key, budget))`,
    );
  }

  private async deleteEnded(): Promise<void> {
    await this.dataSource.query(`delete from ${TABLE} where window_ends < clock_timestamp() - interval '1 hour' and coalesce(blocked_until < clock_timestamp(), true)`);
  }
}
