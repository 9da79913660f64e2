/**
 * One reader of the log feeding every projection's live tables: it subscribes to the whole log once,
 * from the lowest checkpoint, batches, and hands each batch to every projection, which applies the
 * events of its streams and moves its own checkpoint to the batch's end in the same transaction. So
 * the log is read once however many read models there are, and a checkpoint passes the events its
 * projection's filter skips: a wake-up reads only what is new, and read-your-writes waits for nothing.
 *
 * A projection that fails on something that is not a poison event (the database is away, its schema is
 * wrong) drops out for a backoff while the others go on; when its time comes the reader starts over
 * from the lowest checkpoint, the others skipping in memory what they already have. Starting over is
 * always safe: the checkpoints are the only state that matters.
 */
import type { RecordedEvent } from '@app/event-store';
import { START, inSpan, linksToCauses, type GlobalPosition } from '@app/event-store';
import type { Projection } from './projection';
import { matchesPrefixes } from './apply-batch';
import { liveTarget } from './apply-target';
import { BatchProcessor } from './batch-processor';
import { isAfter, readCheckpoints } from './checkpoints';
import { EventBatcher } from './event-batcher';
import { backoffDelay, describeStop, pause } from './failures';
import { optionalAfter } from './log-reading';
import type { ProjectorDeps } from './projector-options';

const DONE: Promise<void> = Promise.resolve();

/** One projection's place in the fan-out. */
interface Lane {
  readonly projection: Projection;
  /** What its live tables reflect, as far as this reader knows (the checkpoint may be ahead: a rebuild swapped in). */
  position: GlobalPosition;
  failures: number;
  /** Set while it sits out a backoff after a failure. */
  resumeAt?: number;
  /** Its batches, applied one after the other, each after its own previous one rather than the slowest lane's. */
  work: Promise<void>;
}

export class LogRunner {
  private readonly abort = new AbortController();
  private readonly lanes: Lane[];
  private running?: Promise<void>;

  constructor(
    private readonly deps: ProjectorDeps,
    projections: readonly Projection[],
  ) {
    this.lanes = projections.map((projection) => ({ projection, position: START, failures: 0, work: DONE }));
  }

  start(): void {
    if (this.lanes.length === 0) return;
    this.running ??= this.run();
  }

  /** Lets the batch in flight commit, then returns. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async run(): Promise<void> {
    const { logger, options } = this.deps;
    for (let failures = 0; !this.abort.signal.aborted;) {
      try {
        await this.follow();
        failures = 0;
      } catch (error) {
        if (this.abort.signal.aborted) break;
        failures++;
        const delay = backoffDelay(failures, options.restartDelayMs, options.retry.maxDelayMs);
        logger.error(`log reader stopped (${describeStop(error)}); resubscribing from the checkpoints in ${delay} ms`);
        await pause(delay, this.abort.signal);
      }
    }
  }

  /** Follows the log until a lane is due back from its backoff (then returns, to start over) or the runner stops. */
  private async follow(): Promise<void> {
    const { store, options } = this.deps;
    const signal = this.abort.signal;
    await this.readPositions();
    const from = this.lowestPosition();
    const pageSize = Math.max(options.batchSize, options.catchUpBatchSize);
    const subscription = store.subscribe({ after: optionalAfter(from), batchSize: pageSize, signal });
    const batcher = new EventBatcher(subscription, {
      maxEvents: options.batchSize,
      catchUpEvents: options.catchUpBatchSize,
      windowMs: options.batchWindowMs,
      idleMs: options.idleMs,
    });
    const processors = new Map(
      this.lanes.map((lane) => [lane, new BatchProcessor(this.deps, liveTarget(lane.projection), signal)]),
    );
    for (const lane of this.lanes) lane.work = DONE;
    try {
      while (!signal.aborted && !this.laneDueBack()) {
        const item = await batcher.next();
        if (item === undefined) return;
        if (item.kind === 'batch') await this.fanOut(item.events, processors, item.behind);
      }
    } finally {
      batcher.close();
      // Every batch handed over is applied (or skipped by a lane sitting out) before the reader starts over or stops.
      await Promise.allSettled(this.lanes.map((lane) => lane.work));
    }
  }

  /**
   * Every active lane applies the batch in its own transaction, after its own previous batch; the
   * reader goes on once every lane has applied the batch before this one. So a read model waits for
   * no slower one (the board, with its indexes, takes the longest), and the reader holds at most one
   * batch beyond the one each lane applies. The read models a reader waited for lately and the batch
   * touches apply it first, on their own, so that the others' transactions do not share the machine
   * with theirs; the others follow. `behind`: a catch-up batch, committed without waiting for the WAL
   * flush (see BatchProcessor). The batch's span (linked to the commands whose events it applies, their
   * traceparent in the metadata, when traces are on) ends when every lane has applied it.
   */
  private async fanOut(
    events: readonly RecordedEvent[],
    processors: ReadonlyMap<Lane, BatchProcessor>,
    behind: boolean,
  ): Promise<void> {
    const previous = this.lanes.map((lane) => lane.work);
    const positions = this.deps.positions;
    const applied = inSpan(
      'projector batch',
      { links: linksToCauses(events), attributes: { 'ledger.events': events.length } },
      async () => {
        const active = this.lanes.filter((lane) => lane.resumeAt === undefined);
        const urgent = active.filter((lane) => positions?.awaitedLately(lane.projection.name) && touches(lane, events));
        for (const lane of urgent)
          lane.work = lane.work.then(() => this.applyIn(lane, events, processors.get(lane)!, behind));
        const urgentApplied = Promise.all(urgent.map((lane) => lane.work));
        for (const lane of active.filter((other) => !urgent.includes(other)))
          lane.work = Promise.all([lane.work, urgentApplied]).then(() =>
            this.applyIn(lane, events, processors.get(lane)!, behind),
          );
        await Promise.all(this.lanes.map((lane) => lane.work));
      },
    );
    // Failures are the lanes' own (applyIn sits a lane out); the drain in follow() waits for the rest.
    applied.catch(() => undefined);
    await Promise.all(previous);
  }

  private async applyIn(
    lane: Lane,
    events: readonly RecordedEvent[],
    processor: BatchProcessor,
    behind: boolean,
  ): Promise<void> {
    // Stopping, or sat out since the batch was handed over (its previous one failed): the next reading brings it again.
    if (this.abort.signal.aborted || lane.resumeAt !== undefined) return;
    const fresh = events.filter((event) => isAfter(event.position, lane.position));
    if (fresh.length === 0) return;
    const last = events[events.length - 1].position;
    // None of its streams in the batch: its tables are already what they will be at the batch's end (this runs
    // after its earlier batches committed), so read-your-writes need not wait for this checkpoint's commit.
    if (!touches(lane, fresh)) this.deps.positions?.advanced(lane.projection.name, last);
    try {
      await processor.process(fresh, { flushCommit: !behind });
      lane.position = last;
      lane.failures = 0;
      this.deps.positions?.advanced(lane.projection.name, last);
    } catch (error) {
      if (this.abort.signal.aborted) return;
      this.sitOut(lane, error);
    }
  }

  private sitOut(lane: Lane, error: unknown): void {
    const { logger, options } = this.deps;
    lane.failures++;
    const delay = backoffDelay(lane.failures, options.restartDelayMs, options.retry.maxDelayMs);
    lane.resumeAt = Date.now() + delay;
    logger.error(
      `projection ${lane.projection.name} stopped (${describeStop(error)}); resubscribing from its checkpoint in ${delay} ms`,
    );
  }

  private laneDueBack(): boolean {
    return this.lanes.some((lane) => lane.resumeAt !== undefined && lane.resumeAt <= Date.now());
  }

  /** Reads every checkpoint; lanes due back rejoin, lanes still sitting out do not hold the reader back. */
  private async readPositions(): Promise<void> {
    const checkpoints = await readCheckpoints(
      this.deps.dataSource.manager,
      this.lanes.map((lane) => lane.projection.name),
    );
    for (const lane of this.lanes) {
      lane.position = checkpoints.get(lane.projection.name)?.position ?? START;
      if (lane.resumeAt !== undefined && lane.resumeAt <= Date.now()) lane.resumeAt = undefined;
    }
    const waiting = this.lanes.filter((lane) => lane.resumeAt !== undefined);
    if (waiting.length === this.lanes.length) {
      // Every lane sits out: wait for the first to be due rather than read for nobody.
      const first = Math.min(...waiting.map((lane) => lane.resumeAt!));
      await pause(Math.max(0, first - Date.now()), this.abort.signal);
      for (const lane of waiting) if (lane.resumeAt! <= Date.now()) lane.resumeAt = undefined;
    }
  }

  private lowestPosition(): GlobalPosition {
    const active = this.lanes.filter((lane) => lane.resumeAt === undefined);
    return active.reduce(
      (lowest, lane) => (isAfter(lowest, lane.position) ? lane.position : lowest),
      active[0]?.position ?? START,
    );
  }
}

/** Whether any of these events is in one of the lane's streams. */
function touches(lane: Lane, events: readonly RecordedEvent[]): boolean {
  return events.some((event) => matchesPrefixes(event.streamId, lane.projection.streamPrefixes));
}
