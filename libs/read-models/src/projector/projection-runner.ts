/**
 * Keeps one projection's live tables following the log: subscribes from its checkpoint, batches,
 * applies, and on any failure that is not a poison event starts over from the checkpoint after a
 * backoff (the checkpoint is the only state that matters, so starting over is always safe).
 */
import type { Projection } from '../projection';
import { liveTarget } from './apply-target';
import { BatchProcessor } from './batch-processor';
import { positionOf } from './checkpoints';
import { EventBatcher } from './event-batcher';
import { backoffDelay, describeStop, pause } from './failures';
import { advanceIdleCheckpoint } from './idle-advance';
import { optionalAfter } from './log-reading';
import type { ProjectorDeps } from './projector-options';

export class ProjectionRunner {
  private readonly abort = new AbortController();
  private running?: Promise<void>;

  constructor(
    private readonly deps: ProjectorDeps,
    readonly projection: Projection,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  /** Lets the batch in flight commit, then returns. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async run(): Promise<void> {
    const { logger, options } = this.deps;
    for (let failures = 0; !this.abort.signal.aborted; ) {
      try {
        await this.follow();
        failures = 0;
      } catch (error) {
        if (this.abort.signal.aborted) break;
        failures++;
        const delay = backoffDelay(failures, options.restartDelayMs, options.retry.maxDelayMs);
        logger.error(`projection ${this.projection.name} stopped (${describeStop(error)}); resubscribing from its checkpoint in ${delay} ms`);
        await pause(delay, this.abort.signal);
      }
    }
  }

  private async follow(): Promise<void> {
    const { dataSource, store, options } = this.deps;
    const signal = this.abort.signal;
    const after = await positionOf(dataSource.manager, this.projection.name);
    const subscription = store.subscribe({ after: optionalAfter(after), streamPrefixes: this.projection.streamPrefixes, batchSize: options.batchSize, signal });
    const batcher = new EventBatcher(subscription, { maxEvents: options.batchSize, windowMs: options.batchWindowMs, idleMs: options.idleMs });
    const processor = new BatchProcessor(this.deps, liveTarget(this.projection), signal);
    try {
      while (!signal.aborted) {
        const item = await batcher.next();
        if (item === undefined) return;
        if (item.kind === 'batch') await processor.process(item.events);
        else await advanceIdleCheckpoint(this.deps, this.projection);
      }
    } finally {
      batcher.close();
    }
  }
}
