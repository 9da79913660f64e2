/**
 * The rebuilds this process started over HTTP, each from the moment it holds the rebuild lock to its
 * outcome: the POST answers 202 at once and the console follows the progress here. Only the current
 * or last rebuild per read model is kept; the lock (rebuild-lock.ts) refuses one started elsewhere.
 */
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, formatPosition, parsePosition, type EventStore } from '@app/event-store';
import { ProjectionAdmin, RebuildInProgress, type RebuildProgress, type RebuildResult } from '@app/projector';

export type RebuildPhase = 'replaying' | 'swapping' | 'finished' | 'failed';

export interface TrackedRebuild {
  readonly projection: string;
  readonly phase: RebuildPhase;
  /** Events of the read model's streams applied to the fresh tables so far. */
  readonly eventsApplied: number;
  /** The log position reached so far. */
  readonly position: string | null;
  /** The log head the rebuild is working towards (it moves on as the log grows). */
  readonly targetPosition: string;
  /** How far from the start of the log to the target, 0–100; positions are compared by their sequence part. */
  readonly percent: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly result: RebuildResult | null;
  readonly error: string | null;
}

/** Often enough that a small log shows movement, rarely enough that a large one is not slowed by it. */
const PROGRESS_EVERY = 200;

@Injectable()
export class RebuildTracker implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Rebuilds');
  private readonly rebuilds = new Map<string, TrackedRebuild>();
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly admin: ProjectionAdmin,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Resolves once the rebuild holds its lock and runs; rejects with RebuildInProgress if one already does. */
  start(projection: string): Promise<TrackedRebuild> {
    if (this.running.has(projection)) return Promise.reject(new RebuildInProgress(projection));
    return new Promise<TrackedRebuild>((started, refused) => {
      // Registered before the first await, so that a second start in this process is refused at once.
      const finished = this.run(projection, started, refused).finally(() => this.running.delete(projection));
      this.running.set(projection, finished);
    });
  }

  private async run(
    projection: string,
    started: (rebuild: TrackedRebuild) => void,
    refused: (error: unknown) => void,
  ): Promise<void> {
    let locked = false;
    try {
      const target = formatPosition(await this.store.headPosition());
      const startedAt = new Date();
      const result = await this.admin.rebuild(projection, (progress) => this.progressed(progress), {
        progressEvery: PROGRESS_EVERY,
        onLocked: () => {
          locked = true;
          const rebuild = initial(projection, target, startedAt);
          this.rebuilds.set(projection, rebuild);
          started(rebuild);
        },
      });
      this.update(projection, { ...finish('finished'), result, position: result.position, percent: 100 });
    } catch (error) {
      if (!locked) return refused(error);
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`projection ${projection}: the rebuild failed: ${message}`);
      this.update(projection, { ...finish('failed'), error: message });
    }
  }

  get(projection: string): TrackedRebuild | undefined {
    return this.rebuilds.get(projection);
  }

  all(): TrackedRebuild[] {
    return [...this.rebuilds.values()];
  }

  /** A rebuild left running would find its connections closed under it: let it end first. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.running.values());
  }

  /** Never throws: a broken listener would abort the rebuild. */
  private progressed(progress: RebuildProgress): void {
    const current = this.rebuilds.get(progress.projection);
    if (!current) return;
    this.update(progress.projection, {
      phase: progress.phase === 'swapped' ? 'swapping' : 'replaying',
      eventsApplied: progress.events,
      position: progress.position,
      targetPosition: progress.head,
      percent: percentOf(progress.position, progress.head),
    });
  }

  private update(projection: string, change: Partial<TrackedRebuild>): void {
    const current = this.rebuilds.get(projection);
    if (current) this.rebuilds.set(projection, { ...current, ...change });
  }
}

function initial(projection: string, targetPosition: string, startedAt: Date): TrackedRebuild {
  return {
    projection,
    phase: 'replaying',
    eventsApplied: 0,
    position: null,
    targetPosition,
    percent: 0,
    startedAt,
    finishedAt: null,
    result: null,
    error: null,
  };
}

function finish(phase: 'finished' | 'failed'): Partial<TrackedRebuild> {
  return { phase, finishedAt: new Date() };
}

/** The sequence part grows along the log on both adapters (see rebuild-progress.ts), so it measures the way done. */
function percentOf(position: string, target: string): number {
  const reached = parsePosition(position)?.prepare ?? 0n;
  const head = parsePosition(target)?.prepare ?? 0n;
  if (head <= 0n) return 0;
  return Math.min(99, Number((reached * 100n) / head));
}
