/** What the API's thread and its projector's worker thread tell each other (besides the positions, positions-relay.ts). */
import type { EventStoreConfig } from '@app/event-store';
import type { ProjectorOptionsInput } from '@app/projector';

/** The worker's start-up: everything plain data, since it crosses into another thread. */
export interface ProjectorWorkerData {
  readonly kind: 'ledger-projector';
  readonly eventStore: EventStoreConfig;
  /** The read models' database: its URL and the pool's settings (timeouts, keep-alive). */
  readonly database: { readonly url: string; readonly extra?: Record<string, unknown> };
  /** Names from ALL_PROJECTIONS: a projection is code and cannot be sent, so the worker imports it. */
  readonly projections: readonly string[];
  readonly options?: ProjectorOptionsInput;
}

export type ToProjectorWorker = { readonly kind: 'stop' };

export type FromProjectorWorker =
  | { readonly kind: 'started' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'log'; readonly level: LogMethod; readonly message: string; readonly context?: string };

/** Nest's logger methods: a line of the worker is written by the API's thread's logger, at its level, as its own. */
export type LogMethod = 'log' | 'warn' | 'error' | 'debug' | 'verbose';

export function isFromProjectorWorker(message: unknown): message is FromProjectorWorker {
  const kind = (message as { kind?: unknown } | null)?.kind;
  return kind === 'started' || kind === 'failed' || kind === 'stopped' || kind === 'log';
}
