/**
 * Where each read model is, as the projector running in this process knows it (after the batch's
 * transaction committed, checkpoint included), and a wake-up for whoever waits on it: read-your-writes
 * answers as soon as the batch is in, without polling `projection_checkpoints`. Empty when the projector
 * runs elsewhere; the waits then fall back to the database.
 */
import { randomUUID } from 'node:crypto';
import { comparePositions, type GlobalPosition } from '@app/event-store';

/** Who else hears of advances (each once, as it moves a read model forward) and of waits: the relay to and from a projector in a worker thread (positions-relay.ts). */
export interface PositionsListener {
  advanced?(name: string, position: GlobalPosition): void;
  awaiting?(names: readonly string[]): void;
}

/** A read model waited on this recently goes first in the next batch (see `awaitedLately`). */
const AWAITED_LATELY_MS = 2_000;

export class ProjectionPositions {
  /** Names these positions in the checkpoint notifications sent from them, so that their own listener skips them. */
  readonly origin = randomUUID();
  private readonly known = new Map<string, GlobalPosition>();
  private readonly lastAwaited = new Map<string, number>();
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Set<PositionsListener>();

  /** Tells `listener` of every advance and every wait from now on; returns how to stop. */
  listen(listener: PositionsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by the log reader once a projection's batch (and its checkpoint) has committed. */
  advanced(name: string, position: GlobalPosition): void {
    const before = this.known.get(name);
    const forward = before === undefined || comparePositions(position, before) > 0;
    if (forward) this.known.set(name, position);
    // Only news goes on: a position heard back (the projector's own notification) is not sent again.
    if (forward) for (const listener of this.listeners) listener.advanced?.(name, position);
    // Only the waits this advance can end: waking every wait at every batch of every read model cost the API's
    // thread hundreds of wake-ups per batch under load, each wait looking and going back to sleep. (A waiter
    // woken leaves the set as it is iterated, which a Set allows.)
    for (const waiter of this.waiters) if (wakes(waiter.until, name, position)) waiter.wake();
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

  /**
   * Resolves at the next advance of any projection (with `until`: of one of its read models to its position or
   * past it), or after `ms`, or when `signal` aborts.
   */
  nextAdvance(ms: number, signal?: AbortSignal, until?: AdvanceWanted): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const waiter: Waiter = { wake: done, until };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      this.waiters.add(waiter);
    });
  }
}

/** What a wait is for: any of these read models reaching this position. */
export interface AdvanceWanted {
  readonly names: readonly string[];
  readonly position: GlobalPosition;
}

interface Waiter {
  readonly wake: () => void;
  readonly until?: AdvanceWanted;
}

function wakes(until: AdvanceWanted | undefined, name: string, position: GlobalPosition): boolean {
  return until === undefined || (until.names.includes(name) && comparePositions(position, until.position) >= 0);
}
