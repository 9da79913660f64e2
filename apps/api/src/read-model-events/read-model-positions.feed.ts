/**
 * The read models' positions as they advance, for every live page at once: one reader of
 * `projection_checkpoints` per API process (not one per browser), running only while someone listens,
 * that publishes only when a checkpoint moved. However many events the projector applies in an
 * interval, a listener hears of them once: the interval is the coalescing window.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import { distinctUntilChanged, exhaustMap, filter, from, map, shareReplay, timer, type Observable } from 'rxjs';
import { START, formatPosition } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';

export const POSITION_FEED_INTERVAL_MS = Symbol('POSITION_FEED_INTERVAL_MS');
/** Short enough that a page shows another's write within a blink; long enough that a burst is one message. */
export const DEFAULT_POSITION_FEED_INTERVAL_MS = 250;

/** Each read model's checkpoint, formatted as command answers give positions ("812-45"). */
export type ReadModelPositions = Readonly<Record<string, string>>;

@Injectable()
export class ReadModelPositionsFeed {
  /** Shared by every subscriber; the reading stops when the last one leaves and starts again with the next. */
  readonly positions$: Observable<ReadModelPositions>;

  constructor(
    private readonly admin: ProjectionAdmin,
    @Optional() @Inject(POSITION_FEED_INTERVAL_MS) intervalMs: number = DEFAULT_POSITION_FEED_INTERVAL_MS,
  ) {
    this.positions$ = timer(0, intervalMs).pipe(
      // A slow read is not stacked up behind: the next tick after it is the next read. A failed one
      // (the database restarting) is not an advance: the next tick reads again.
      exhaustMap(() => from(readPositions(admin).catch(() => null))),
      filter((positions): positions is ReadModelPositions => positions !== null),
      map((positions) => ({ positions, key: JSON.stringify(positions) })),
      distinctUntilChanged((a, b) => a.key === b.key),
      map(({ positions }) => positions),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
  }

  /** The positions as they are now, read afresh (a failed read is the caller's error to answer). */
  now(): Promise<ReadModelPositions> {
    return readPositions(this.admin);
  }
}

/** Every read model, at the start of the log until its first batch commits: a client sees each one from the first answer. */
async function readPositions(admin: ProjectionAdmin): Promise<ReadModelPositions> {
  const checkpoints = await admin.checkpoints();
  return Object.fromEntries(
    [...admin.projectionNames]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => [name, formatPosition(checkpoints.get(name)?.position ?? START)]),
  );
}
