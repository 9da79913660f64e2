/**
 * The request budgets, kept in PostgreSQL so that every API process behind a load balancer counts
 * against the same budget (an in-memory store gives each replica its own, so N replicas allow N times
 * the limit). A fixed window per (budget, caller): one upsert per request, in an UNLOGGED table (a lost
 * budget after a crash only forgives a minute's requests). If the database cannot be reached the request
 * is let through (a warning is logged): the budget protects the service, it must not become an outage of its own.
 *
 * Not one write per request: a process takes a lease of hits at a time (a fiftieth of the limit, 1 for a
 * limit under 100, so small budgets stay exact) and hands them out from memory until they are used or the
 * window ends. A lease is a range of the window's hit numbers, so no process lets through a hit past the
 * limit; what a process holds unused only counts early (at most a lease per process and window). While the
 * database says a caller is blocked, the process knows it until the block ends and asks nothing.
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
const LEASE_FRACTION = 50;

export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RequestBudget');
  private ready?: Promise<void>;
  private counted = 0;
  private readonly leases = new Map<string, Lease>();
  private readonly leasing = new Map<string, Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const id = `${throttlerName}\u0000${key}`;
    for (;;) {
      const served = this.fromLease(id, Date.now());
      if (served) return served;
      const inFlight = this.leasing.get(id);
      if (inFlight) {
        await inFlight;
        continue;
      }
      const taking = this.takeLease(id, key, ttl, limit, blockDuration, throttlerName);
      this.leasing.set(
        id,
        taking.then(
          () => undefined,
          () => undefined,
        ),
      );
      try {
        const unlimited = await taking;
        if (unlimited) return unlimited;
      } finally {
        this.leasing.delete(id);
      }
    }
  }

  /** The next hit of the lease, or the block the database reported; undefined when a new lease is needed. */
  private fromLease(id: string, now: number): ThrottlerStorageRecord | undefined {
    const lease = this.leases.get(id);
    if (!lease) return undefined;
    if (lease.blockedUntil > now) {
      return {
        totalHits: Math.max(lease.next, lease.limit + 1),
        timeToExpire: seconds(lease.windowEnds - now),
        isBlocked: true,
        timeToBlockExpire: seconds(lease.blockedUntil - now),
      };
    }
    if (lease.windowEnds <= now || lease.next > lease.last) {
      this.leases.delete(id);
      return undefined;
    }
    const hit = lease.next++;
    // A hit past the limit (the lease reached over it) is refused; the database has the block already.
    if (hit > lease.limit) lease.blockedUntil = Math.max(lease.blockedUntil, now + lease.blockDuration);
    return {
      totalHits: hit,
      timeToExpire: seconds(lease.windowEnds - now),
      isBlocked: hit > lease.limit,
      timeToBlockExpire: hit > lease.limit ? seconds(lease.blockedUntil - now) : 0,
    };
  }

  /** Adds a lease's hits to the shared window; a record only when the database is away (the request passes uncounted). */
  private async takeLease(
    id: string,
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord | undefined> {
    const size = leaseSize(limit);
    try {
      await (this.ready ??= this.createTable().catch((error: unknown) => {
        this.ready = undefined;
        throw error;
      }));
      // A window that has ended (and no block still running) starts again at the lease; past the limit the
      // caller is blocked for blockDuration from the lease that went over.
      const rows: { hits: number; expires_in_ms: string; blocked_for_ms: string | null }[] =
        await this.dataSource.query(
          `insert into ${TABLE} as b (key, budget, window_ends, hits, blocked_until)
           values ($1, $2, clock_timestamp() + $3 * interval '1 millisecond', $6::int, case when $6::int > $4::int then clock_timestamp() + $5 * interval '1 millisecond' end)
         on conflict (key, budget) do update set
           hits = case when b.window_ends <= clock_timestamp() and coalesce(b.blocked_until <= clock_timestamp(), true) then $6::int else b.hits + $6::int end,
           window_ends = case when b.window_ends <= clock_timestamp() and coalesce(b.blocked_until <= clock_timestamp(), true)
                              then clock_timestamp() + $3 * interval '1 millisecond' else b.window_ends end,
           blocked_until = case
             when b.blocked_until > clock_timestamp() then b.blocked_until
             when (case when b.window_ends <= clock_timestamp() and coalesce(b.blocked_until <= clock_timestamp(), true) then $6::int else b.hits + $6::int end) > $4::int
               then clock_timestamp() + $5 * interval '1 millisecond'
             else null end
         returning hits,
                   extract(epoch from (window_ends - clock_timestamp())) * 1000 as expires_in_ms,
                   extract(epoch from (blocked_until - clock_timestamp())) * 1000 as blocked_for_ms`,
          [key, throttlerName, ttl, limit, blockDuration, size],
        );
      const [row] = rows;
      const now = Date.now();
      if (++this.counted % SWEEP_EVERY === 0) {
        void this.deleteEnded().catch(() => undefined);
        this.forgetEnded(now);
      }
      const blockedForMs = row.blocked_for_ms === null ? 0 : Number(row.blocked_for_ms);
      const first = row.hits - size + 1;
      // Blocked before this lease (its first hit is past the limit): refused until the block ends, without asking again.
      const blockedUntil = blockedForMs > 0 && first > limit ? now + blockedForMs : 0;
      this.leases.set(id, {
        next: first,
        last: row.hits,
        limit,
        blockDuration,
        windowEnds: now + Number(row.expires_in_ms),
        blockedUntil,
      });
      return undefined;
    } catch (error) {
      if (!isConnectionFailure(error)) throw error;
      this.logger.warn(
        `request budget not counted, the database cannot be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  /** Leases of windows and blocks that are over (callers who went away, addresses that guessed once). */
  private forgetEnded(now: number): void {
    for (const [id, lease] of this.leases)
      if (lease.windowEnds <= now && lease.blockedUntil <= now) this.leases.delete(id);
  }

  private async createTable(): Promise<void> {
    await this.dataSource.query(
      `create unlogged table if not exists ${TABLE} (
         key text not null, budget text not null, window_ends timestamptz not null, hits integer not null, blocked_until timestamptz,
         primary key (key, budget))`,
    );
  }

  private async deleteEnded(): Promise<void> {
    await this.dataSource.query(
      `delete from ${TABLE} where window_ends < clock_timestamp() - interval '1 hour' and coalesce(blocked_until < clock_timestamp(), true)`,
    );
  }
}

/** A range of one window's hit numbers this process hands out. */
interface Lease {
  next: number;
  readonly last: number;
  readonly limit: number;
  readonly blockDuration: number;
  /** Local clock, ms. */
  readonly windowEnds: number;
  blockedUntil: number;
}

/** Hits taken from the database at once: exact (1) under 100 a window, a fiftieth of the limit above, at most 10,000. */
export function leaseSize(limit: number): number {
  return Math.max(1, Math.min(10_000, Math.floor(limit / LEASE_FRACTION)));
}

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
