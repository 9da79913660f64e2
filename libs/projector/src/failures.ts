/** Tells a poison event (the projection cannot apply it) from trouble around it (the database is away), and how long to back off. */
import { connectionFailureReason, type RecordedEvent } from '@app/event-store';

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

// SQLSTATE classes and codes that say "the database or the schema is wrong, not this event". Parking
// on them would park every event of every stream until someone fixed the infrastructure.
const TRANSIENT_SQLSTATES: readonly (readonly [prefix: string, reason: string])[] = [
  ['08', 'connection error'],
  ['40001', 'serialization failure'],
  ['40P01', 'deadlock'],
  ['42', 'schema error (a table, column or function the projection expects is missing or different)'],
  ['53', 'insufficient resources'],
  ['55P03', 'lock not available'],
  ['57', 'statement cancelled or timed out, or the server is shutting down'],
];

/**
 * Why a failure is not the event's fault, or undefined when it may be (a data error raised by the
 * projection's own code, a constraint violation, a bug): only those may park an event.
 */
export function transientReason(error: unknown): string | undefined {
  if (error instanceof ApplyError) return transientReason(error.cause);
  const code = codeOf(error);
  const sqlState = TRANSIENT_SQLSTATES.find(([prefix]) => code.startsWith(prefix));
  if (sqlState) return `${sqlState[1]}, SQLSTATE ${code}`;
  // The same classification the event store and the HTTP answers use (lost sessions, socket errors, driver messages).
  const connection = connectionFailureReason(error);
  if (connection) return `connection error (${connection})`;
  return undefined;
}

/** A failure no retry of the same event could be blamed on: it must never park an event. */
export function isTransient(error: unknown): boolean {
  return transientReason(error) !== undefined;
}

/** How a runner that stops on `error` says so: a transient failure says it parks nothing and will be retried. */
export function describeStop(error: unknown): string {
  const reason = transientReason(error);
  if (reason === undefined) return messageOf(error);
  return `${reason}: ${messageOf(error)}; not the event's fault, nothing parked, retrying`;
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
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
