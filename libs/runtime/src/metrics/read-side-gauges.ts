/**
 * The read side's gauges, read at scrape time from where the truth is (the checkpoints, the log and
 * pg_stat_activity), so any process that serves /metrics reports them right, wherever the projector runs.
 * One read serves every gauge of a scrape.
 */
import type { HeldBackLog } from '@app/event-store';
import type { ProjectionStatus } from '@app/projector';
import type { LedgerMetrics } from './ledger-metrics';

/** The notifier's standing as the gauges need it (libs/notifier's NotifierStatus). */
export interface NotifierGaugeSource {
  readonly checkpoint: string | null;
  readonly lag: number;
  readonly pending: number;
  readonly dead: number;
}

export interface ReadSideSources {
  status(): Promise<readonly ProjectionStatus[]>;
  heldBack(): Promise<HeldBackLog | null>;
  /** Absent: no notifier gauges. */
  notifier?(): Promise<NotifierGaugeSource>;
}

interface ReadSideSnapshot {
  readonly projections: readonly ProjectionStatus[];
  readonly heldBack: HeldBackLog | null;
  readonly notifier: NotifierGaugeSource | null;
}

/** Gauges read within this long of each other share one read (a scrape collects them one after another). */
const SNAPSHOT_TTL_MS = 1000;

export function registerReadSideGauges(metrics: LedgerMetrics, sources: ReadSideSources): void {
  let cached: { at: number; snapshot: Promise<ReadSideSnapshot> } | undefined;
  const snapshot = (): Promise<ReadSideSnapshot> => {
    if (!cached || Date.now() - cached.at > SNAPSHOT_TTL_MS) {
      const read = Promise.all([sources.status(), sources.heldBack(), sources.notifier?.() ?? null]).then(
        ([projections, heldBack, notifier]) => ({ projections, heldBack, notifier }),
      );
      cached = { at: Date.now(), snapshot: read };
      read.catch(() => (cached = undefined));
    }
    return cached.snapshot;
  };
  const perProjection = (name: string, help: string, value: (status: ProjectionStatus) => number) =>
    metrics.gauge(name, help, ['projection'], async (gauge) => {
      gauge.reset();
      for (const status of (await snapshot()).projections) gauge.set({ projection: status.name }, value(status));
    });

  perProjection(
    'ledger_projection_checkpoint_commit',
    'The commit part of the log position each read model reached (0 before its first batch)',
    (status) => commitOf(status.checkpoint),
  );
  perProjection(
    'ledger_projection_lag_events',
    'Events of its streams each read model has still to apply, up to the visible head (capped)',
    (status) => status.lag,
  );
  perProjection(
    'ledger_projection_parked_events',
    'Events each read model parked, waiting for a replay',
    (status) => status.parked,
  );
  if (sources.notifier) {
    metrics.gauge(
      'ledger_notifier_checkpoint_commit',
      'The commit part of the log position the notifier reached (0 before its first batch)',
      [],
      async (gauge) => {
        gauge.set(commitOf((await snapshot()).notifier?.checkpoint ?? null));
      },
    );
    metrics.gauge(
      'ledger_notifier_lag_events',
      'Task events the notifier has still to read, up to the visible head (capped)',
      [],
      async (gauge) => {
        gauge.set((await snapshot()).notifier?.lag ?? 0);
      },
    );
    metrics.gauge(
      'ledger_notifier_outbox_deliveries',
      'Mail and webhook deliveries waiting for a try (pending) and dead-lettered (dead)',
      ['status'],
      async (gauge) => {
        const notifier = (await snapshot()).notifier;
        gauge.set({ status: 'pending' }, notifier?.pending ?? 0);
        gauge.set({ status: 'dead' }, notifier?.dead ?? 0);
      },
    );
  }
  metrics.gauge('ledger_log_head_commit', 'The commit part of the log head readers see', [], async (gauge) => {
    gauge.set(commitOf((await snapshot()).projections[0]?.head ?? null));
  });
  metrics.gauge(
    'ledger_log_held_back_events',
    'Events committed but not yet visible to readers (held back by an older open transaction)',
    [],
    async (gauge) => {
      gauge.set((await snapshot()).heldBack?.events ?? 0);
    },
  );
  metrics.gauge(
    'ledger_log_oldest_holding_transaction_age_seconds',
    'Age of the oldest open transaction holding the log back (0 when none)',
    [],
    async (gauge) => {
      gauge.set((await snapshot()).heldBack?.oldestTransaction?.ageSeconds ?? 0);
    },
  );
}

/** "812-45" → 812. */
function commitOf(position: string | null): number {
  if (!position) return 0;
  return Number(position.split('-')[0]);
}
