/**
 * Poison handling around a batch: retry it with exponential backoff, then apply its events one at a
 * time and park the one that still fails, so that the rest of the log is projected. Never skips an
 * event silently: every parked event is a row and an error in the log.
 */
import type { RecordedEvent } from '@app/event-store';
import { formatPosition } from '@app/event-store';
import { applyBatch, parkPoisonEvent, type BatchResult } from './apply-batch';
import type { ApplyTarget } from './apply-target';
import { ApplyError, backoffDelay, isTransient, messageOf, pause } from './failures';
import type { ProjectorDeps } from './projector-options';

export interface ProcessOptions {
  /**
   * false: the batch's commit does not wait for its WAL to reach the disk (`synchronous_commit` off
   * for that transaction only). Safe for a catch-up batch: its rows and its checkpoint are in the same
   * transaction, so a database crash can lose only whole batches, which are then applied again; what
   * others see does not change, only how soon a commit is durable. Default true.
   */
  readonly flushCommit?: boolean;
}

export class BatchProcessor {
  constructor(
    private readonly deps: Pick<ProjectorDeps, 'dataSource' | 'options' | 'logger'>,
    private readonly target: ApplyTarget,
    private readonly signal?: AbortSignal,
  ) {}

  /** Resolves once every event is applied or parked; rejects on failures that are not the projection's (the caller restarts). */
  async process(events: readonly RecordedEvent[], options: ProcessOptions = {}): Promise<void> {
    const failure = await this.applyWithRetries(events, options.flushCommit ?? true);
    if (failure) await this.isolate(events, failure);
  }

  /** Undefined when the batch committed; the last ApplyError when every attempt failed. */
  private async applyWithRetries(
    events: readonly RecordedEvent[],
    flushCommit: boolean,
  ): Promise<ApplyError | undefined> {
    const { attempts, initialDelayMs, maxDelayMs } = this.deps.options.retry;
    for (let attempt = 1; ; attempt++) {
      try {
        this.logBlocked(await applyBatch(this.deps.dataSource, this.target, events, { flushCommit }));
        return undefined;
      } catch (error) {
        if (!(error instanceof ApplyError) || isTransient(error)) throw error;
        if (attempt >= attempts || this.signal?.aborted) return error;
        this.deps.logger.warn(
          `projection ${this.target.parkingKey}: batch of ${events.length} failed (attempt ${attempt} of ${attempts}), retrying: ${error.message}`,
        );
        await pause(backoffDelay(attempt, initialDelayMs, maxDelayMs), this.signal);
      }
    }
  }

  private async isolate(events: readonly RecordedEvent[], batchFailure: ApplyError): Promise<void> {
    const attempts = this.deps.options.retry.attempts;
    this.deps.logger.warn(
      `projection ${this.target.parkingKey}: isolating the failing event among ${events.length} (${batchFailure.message})`,
    );
    for (const event of events) {
      if (this.signal?.aborted) throw new Error('projector stopped while isolating a poison event');
      try {
        this.logBlocked(await applyBatch(this.deps.dataSource, this.target, [event]));
      } catch (error) {
        if (!(error instanceof ApplyError) || isTransient(error)) throw error;
        await this.park(event, messageOf(error.cause), attempts + 1);
      }
    }
  }

  private async park(event: RecordedEvent, message: string, attempts: number): Promise<void> {
    if (!(await parkPoisonEvent(this.deps.dataSource, this.target, event, message, attempts))) return;
    this.deps.logger.error(
      `projection ${this.target.parkingKey} PARKED ${event.type} of stream ${event.streamId} at revision ${event.revision} ` +
        `(position ${formatPosition(event.position)}, event ${event.id}) after ${attempts} attempts: ${message}`,
    );
  }

  private logBlocked(result: BatchResult): void {
    for (const event of result.blocked) {
      this.deps.logger.warn(
        `projection ${this.target.parkingKey} parked ${event.type} of stream ${event.streamId} at revision ${event.revision} ` +
          `(position ${formatPosition(event.position)}): an earlier event of this stream is parked`,
      );
    }
  }
}
