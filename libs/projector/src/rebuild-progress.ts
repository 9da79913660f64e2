/** Measures a rebuild as it goes and reports every N events: rate, position, log head and an estimate of the time left. */
import { formatPosition, type EventStore, type GlobalPosition } from '@app/event-store';

export interface RebuildProgress {
  readonly projection: string;
  readonly phase: 'replaying' | 'swapped';
  readonly events: number;
  readonly eventsPerSecond: number;
  readonly position: string;
  readonly head: string;
  /** Null until there is a rate to extrapolate from. */
  readonly etaSeconds: number | null;
}

export type ProgressListener = (progress: RebuildProgress) => void;

export class ProgressMeter {
  private readonly startedAt = Date.now();
  private events = 0;
  private reportedAt = 0;

  constructor(
    private readonly store: EventStore,
    private readonly projection: string,
    private readonly every: number,
    private readonly listener?: ProgressListener,
  ) {}

  get total(): number {
    return this.events;
  }

  async record(count: number, position: GlobalPosition): Promise<void> {
    this.events += count;
    if (this.listener && this.events - this.reportedAt >= this.every) await this.report('replaying', position);
  }

  async report(phase: RebuildProgress['phase'], position: GlobalPosition): Promise<void> {
    if (!this.listener) return;
    this.reportedAt = this.events;
    const head = await this.store.headPosition();
    const seconds = Math.max((Date.now() - this.startedAt) / 1000, 0.001);
    this.listener({
      projection: this.projection,
      phase,
      events: this.events,
      eventsPerSecond: Math.round(this.events / seconds),
      position: formatPosition(position),
      head: formatPosition(head),
      etaSeconds: estimateSeconds(position, head, seconds),
    });
  }
}

/**
 * Positions are opaque, but their prepare part grows along the log on both adapters (a sequence
 * number on PostgreSQL, a byte offset on EventStoreDB), so its rate so far extrapolates to the head.
 */
function estimateSeconds(position: GlobalPosition, head: GlobalPosition, seconds: number): number | null {
  if (position.prepare <= 0n) return null;
  const remaining = head.prepare > position.prepare ? Number(head.prepare - position.prepare) : 0;
  const perSecond = Number(position.prepare) / seconds;
  return Math.round(remaining / perSecond);
}

export function formatProgress(progress: RebuildProgress): string {
  const eta = progress.etaSeconds === null ? '?' : `${progress.etaSeconds}s`;
  return `${progress.projection} [${progress.phase}] ${progress.events} events, ${progress.eventsPerSecond} events/s, position ${progress.position}, head ${progress.head}, ETA ${eta}`;
}
