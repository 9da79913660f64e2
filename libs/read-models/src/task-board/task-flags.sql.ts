/**
 * The clock-dependent flags (overdue, stale, traffic light) as SQL over the board's stored inputs.
 *
 * Why this shape: the rule lives in the domain (`deriveTaskFlags`, task-flags.ts) and depends on
 * "now", so it cannot be stored with the row; yet the board must filter, count and paginate by it
 * in SQL. Each rule reduces to a comparison against a value that depends only on now and the
 * FlagPolicy, which TypeScript computes with the domain's own calendar functions:
 *   overdue  ⇔ hasDeadlinePassed(deadline, now)          ⇔ deadline < today (Beijing date of now)
 *   yellow   ⇔ daysUntil(deadline, now) <= yellowWithin  ⇔ deadline <= today + yellowWithin days
 *   stale    ⇔ daysBetween(since, now) >= staleAfter     ⇔ since <= now - staleAfter days
 * and finished tasks (completed or cancelled) have no flags. The SQL only compares; every number
 * comes from here, and task-flags.sql.int.spec.ts checks over a grid of tasks and instants that
 * the SQL and `deriveTaskFlags` agree. The board, the detail (which calls deriveTaskFlags on the
 * same state) and the dashboards (which use these same expressions) therefore always agree.
 */
import { DEFAULT_FLAG_POLICY, calendarDateOf, type FlagPolicy, type TrafficLight } from '@app/supervision';
import type { SqlParams } from '../sql/sql-params';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FlagThresholds {
  /** Beijing calendar date of now: a deadline before it has passed. */
  readonly today: string;
  /** The last deadline that is still yellow. */
  readonly yellowUntil: string;
  /** A task in progress whose stale-since instant is at or before this is stale. */
  readonly staleCutoff: string;
}

export function flagThresholds(now: Date, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagThresholds {
  const today = calendarDateOf(now);
  const yellowUntil = new Date(Date.parse(`${today}T00:00:00Z`) + policy.yellowWithinDays * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return { today, yellowUntil, staleCutoff: new Date(now.getTime() - policy.staleAfterDays * DAY_MS).toISOString() };
}

/**
 * SQL expressions over a board row (table alias `alias`). Each threshold becomes a parameter the
 * first time an expression needs it, so a statement binds only the thresholds it mentions.
 */
export class FlagSql {
  private readonly bound = new Map<keyof FlagThresholds, string>();

  constructor(
    private readonly alias: string,
    private readonly thresholds: FlagThresholds,
    private readonly params: SqlParams,
  ) {}

  private get today(): string {
    return this.bind('today', 'date');
  }

  private get yellowUntil(): string {
    return this.bind('yellowUntil', 'date');
  }

  private get staleCutoff(): string {
    return this.bind('staleCutoff', 'timestamptz');
  }

  // Each threshold is bound once, on first use: PostgreSQL refuses a parameter the statement never mentions.
  private bind(name: keyof FlagThresholds, cast: string): string {
    let placeholder = this.bound.get(name);
    if (placeholder === undefined) {
      placeholder = this.params.add(this.thresholds[name], cast);
      this.bound.set(name, placeholder);
    }
    return placeholder;
  }

  overdue(): string {
    return `(not ${this.alias}.finished and ${this.alias}.deadline < ${this.today})`;
  }

  stale(): string {
    return `(not ${this.alias}.finished and ${this.alias}.stale_since is not null and ${this.alias}.stale_since <= ${this.staleCutoff})`;
  }

  light(): string {
    const a = this.alias;
    return `(case when ${a}.finished then 'none' when ${a}.deadline < ${this.today} then 'red' when ${a}.deadline <= ${this.yellowUntil} then 'yellow' else 'green' end)`;
  }

  lightIs(light: TrafficLight): string {
    const a = this.alias;
    switch (light) {
      case 'none':
        return `${a}.finished`;
      case 'red':
        return this.overdue();
      case 'yellow':
        return `(not ${a}.finished and ${a}.deadline >= ${this.today} and ${a}.deadline <= ${this.yellowUntil})`;
      case 'green':
        return `(not ${a}.finished and ${a}.deadline > ${this.yellowUntil})`;
      default:
        light satisfies never;
        throw new Error(`unknown light ${String(light)}`);
    }
  }
}
