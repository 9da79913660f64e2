/**
 * Where each read model is, as the projector running in this process knows it (after the batch's
 * transaction committed, checkpoint included), and a wake-up for whoever waits on it: read-your-writes
 * answers as soon as the batch is in, without polling `projection_checkpoints`. Empty when the projector
 * runs elsewhere; the waits then fall back to the database.
 */
import { comparePositions, type GlobalPosition } from '@app/event-store';

/** Who else hears of advances and of waits: the relay to and from a projector in a worker thread (positions-relay.ts). */
export interface PositionsListener {
  advanced?(name: string, position: GlobalPosition): void;
  awaiting?(names: readonly string[]): void;
}

/** A read model waited on this recently goes first in the next batch (see `awaitedLately`). */
const AWAITED_LATELY_MS = 2_000;

export class ProjectionPositions {
  private readonly known = new Map<string, GlobalPosition>();
  private readonly lastAwaited = new Map<string, number>();
  private waiters: (() => void)[] = [];
  private readonly listeners = new Set<PositionsListener>();

  /** Tells `listener` of every advance and every wait from now on; returns how to stop. */
  listen(listener: PositionsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by the log reader once a projection's batch (and its checkpoint) has committed. */
  advanced(name: string, position: GlobalPosition): void {
    const before = this.known.get(name);
    if (before === undefined || comparePositions(position, before) > 0) this.known.set(name, position);
    for (const listener of this.listeners) listener.advanced?.(name, position);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** True when this process's projector has committed `name` up to `position` or past it. */
  reached(name: string, position: GlobalPosition): boolean {
    const known = this.known.get(name);
    return known !== undefined && comparePositions(known, position) >= 0;
  }

  /** True once this process's projector has committed a batch of `name`: its wake-ups can be relied on. */
  follows(name: string): boolean {
    return this.known.has(name);
  }

  /** Notes that a reader waits for these read models (read-your-writes), so the projector applies their batches first. */
  awaiting(names: readonly string[]): void {
    const now = Date.now();
    for (const name of names) this.lastAwaited.set(name, now);
    for (const listener of this.listeners) listener.awaiting?.(names);
  }

  /**
   * True when a reader waited for `name` lately: readers that send X-Min-Position keep doing so, and the wait
   * for a write usually begins after its batch has (the batch starts as the command answers).
   */
  awaitedLately(name: string): boolean {
    const at = this.lastAwaited.get(name);
    return at !== undefined && Date.now() - at < AWAITED_LATELY_MS;
  }

  /** Resolves at the next advance of any projection, or after `ms`, or when `signal` aborts. */
  nextAdvance(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined = undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        done();
      }, ms);
      signal?.addEventListener('abort', done, { once: true });
      this.waiters.push(done);
    });
  }
}
