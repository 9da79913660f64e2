/** Tells a poison event (the projection cannot apply it) from trouble around it (the database is away), and how long to back off. */
import type { RecordedEvent } from '@app/event-store';

/** Thrown when `projection.apply` itself failed: the only failure that may lead to parking an event. */
export class ApplyError extends Error {
  constructor(
    cause: unknown,
    readonly events: readonly RecordedEvent[],
  ) {
    super(messageOf(cause), { cause });
    this.name = 'ApplyError';
  }
}

// SQLSTATE classes and codes that say "try again later" rather than "this event is bad".
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57P', '40001', '40P01', '55P03'];
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const TRANSIENT_MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /connection .*closed/i, /client has encountered a connection error/i];

/** A failure no retry of the same event could be blamed on: it must never park an event. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ApplyError) return isTransient(error.cause);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (TRANSIENT_SQLSTATE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  if (TRANSIENT_NODE_CODES.has(code)) return true;
  return TRANSIENT_MESSAGES.some((pattern) => pattern.test(messageOf(error)));
}

/** Exponential: initial, 2×initial, 4×initial… capped. `attempt` counts from 1. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
}

/** Resolves after `ms`, or at once when the signal aborts (callers check the signal afterwards). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
