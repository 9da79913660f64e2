/**
 * Turns a subscription's stream of single events into batches: a batch closes at `maxEvents` or
 * `windowMs` after the runner asked for it. While batches close full the reader is behind, and the
 * limit doubles each time up to `catchUpEvents`; a batch smaller than `maxEvents` (the reader caught
 * up) brings it back. Reads ahead at most two batches, so a slow projection holds back the
 * subscription instead of filling memory. Says `idle` when nothing came for `idleMs`.
 */
import type { RecordedEvent } from '@app/event-store';

export type BatcherItem =
  | {
      readonly kind: 'batch';
      readonly events: RecordedEvent[];
      /** Closed full: more was waiting, so the reader is catching up rather than following live. */
      readonly behind: boolean;
    }
  | { readonly kind: 'idle' };

export interface BatcherOptions {
  readonly maxEvents: number;
  /** The most a batch grows to while they close full; `maxEvents` when absent. */
  readonly catchUpEvents?: number;
  readonly windowMs: number;
  readonly idleMs: number;
}

export class EventBatcher {
  private readonly buffer: RecordedEvent[] = [];
  private ended = false;
  private closed = false;
  private failure: unknown;
  private wake?: () => void;
  private resume?: () => void;
  private limit: number;

  constructor(
    source: AsyncIterable<RecordedEvent>,
    private readonly options: BatcherOptions,
  ) {
    this.limit = options.maxEvents;
    void this.pump(source);
  }

  /** The next batch, `idle`, or undefined once the source has ended and everything was handed out. Rethrows the source's failure after its events. */
  async next(): Promise<BatcherItem | undefined> {
    if (this.closed) return undefined;
    // From the ask, not from the first event: a runner that waited longer than the window for it
    // hands a lone event over at once instead of holding it a whole window for company.
    const deadline = Date.now() + this.options.windowMs;
    if (this.buffer.length === 0) {
      if (!this.ended) await this.waitForEvents(this.options.idleMs);
      if (this.buffer.length === 0) return this.finishedOrIdle();
    }
    while (this.buffer.length < this.limit && !this.ended && Date.now() < deadline) {
      await this.waitForEvents(deadline - Date.now());
    }
    const events = this.buffer.splice(0, this.limit);
    const behind = events.length >= this.options.maxEvents;
    this.adjustLimit(events.length);
    this.resume?.();
    return { kind: 'batch', events, behind };
  }

  /** Stops reading the source (its iterator is returned, which ends a subscription's polling). */
  close(): void {
    this.closed = true;
    this.resume?.();
    this.wake?.();
  }

  private adjustLimit(handedOut: number): void {
    const { maxEvents, catchUpEvents = maxEvents } = this.options;
    // A batch the window cut short of a grown limit still means a backlog: only one below the live size ends the catch-up.
    if (handedOut >= this.limit) this.limit = Math.max(maxEvents, Math.min(this.limit * 2, catchUpEvents));
    else if (handedOut < maxEvents) this.limit = maxEvents;
  }

  private finishedOrIdle(): BatcherItem | undefined {
    this.limit = this.options.maxEvents;
    if (!this.ended) return { kind: 'idle' };
    if (this.failure !== undefined) throw this.failure;
    return undefined;
  }

  private async pump(source: AsyncIterable<RecordedEvent>): Promise<void> {
    try {
      for await (const event of source) {
        if (this.closed) break;
        this.buffer.push(event);
        this.wake?.();
        if (this.buffer.length >= this.limit * 2) {
          await new Promise<void>((resolve) => (this.resume = resolve));
          this.resume = undefined;
          if (this.closed) break;
        }
      }
    } catch (error) {
      this.failure = error ?? new Error('subscription failed');
    } finally {
      this.ended = true;
      this.wake?.();
    }
  }

  private waitForEvents(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wake = done;
    });
  }
}
