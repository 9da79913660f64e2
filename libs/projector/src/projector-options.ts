/** Tuning knobs of the projector runtime, with the defaults production uses. */
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@app/event-store';
import type { Projection } from './projection';
import type { ProjectionPositions } from './projection-positions';

export interface RetryOptions {
  /** How many times a failing batch is tried before its events are isolated one by one. */
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export interface ProjectorOptions {
  /** A batch closes at this many events... */
  readonly batchSize: number;
  /**
   * ...but while the reader is behind (each batch closes full), batches double up to this many: a
   * catch-up from zero or after a long stop then costs a few statements per thousands of events,
   * while live batches stay small and quick. Rebuilds replay in batches of this size too.
   */
  readonly catchUpBatchSize: number;
  /**
   * ...or this long after the runner started waiting for it, whichever comes first. 0: a batch is what
   * came while the last one was applied (at once when the reader was idle), so a lone command's events
   * wait for no company while a busy log still fills batches of batchSize.
   */
  readonly batchWindowMs: number;
  /** With nothing to apply for this long, the reader looks whether a projection sitting out a failure is due back. */
  readonly idleMs: number;
  readonly retry: RetryOptions;
  /** Delay before a runner resubscribes after an infrastructure failure (doubles up to retry.maxDelayMs). */
  readonly restartDelayMs: number;
  /** A rebuild reports progress after every this many events. */
  readonly progressEvery: number;
  /** Counting lag stops here, so that a status call stays cheap far behind the head. */
  readonly lagCountCap: number;
}

export const DEFAULT_PROJECTOR_OPTIONS: ProjectorOptions = {
  batchSize: 500,
  catchUpBatchSize: 4_000,
  batchWindowMs: 0,
  idleMs: 200,
  retry: { attempts: 4, initialDelayMs: 200, maxDelayMs: 10_000 },
  restartDelayMs: 500,
  progressEvery: 5_000,
  lagCountCap: 10_000,
};

export type ProjectorOptionsInput = Partial<Omit<ProjectorOptions, 'retry'>> & {
  readonly retry?: Partial<RetryOptions>;
};

export function resolveProjectorOptions(input: ProjectorOptionsInput = {}): ProjectorOptions {
  return { ...DEFAULT_PROJECTOR_OPTIONS, ...input, retry: { ...DEFAULT_PROJECTOR_OPTIONS.retry, ...input.retry } };
}

/** Nest's Logger fits; specs pass a recording one. */
export interface ProjectorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What every part of the runtime works with. The projector owns these connections; nothing else in memory is shared. */
export interface ProjectorDeps {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  readonly options: ProjectorOptions;
  readonly logger: ProjectorLogger;
  /** Told of every committed batch, for read-your-writes waits in this process. */
  readonly positions?: ProjectionPositions;
}

/** What a caller gives to build a Projector or a ProjectionAdmin; options and logger have defaults. */
export interface ProjectorConfig {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  readonly options?: ProjectorOptionsInput;
  readonly logger?: ProjectorLogger;
  readonly positions?: ProjectionPositions;
}

export function resolveDeps(config: ProjectorConfig, defaultLoggerContext: string): ProjectorDeps {
  const names = config.projections.map((projection) => projection.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`two projections are named ${duplicate}`);
  return {
    ...config,
    options: resolveProjectorOptions(config.options),
    logger: config.logger ?? new Logger(defaultLoggerContext),
  };
}

export function findProjection(deps: Pick<ProjectorDeps, 'projections'>, name: string): Projection {
  const projection = deps.projections.find((candidate) => candidate.name === name);
  if (!projection)
    throw new UnknownProjectionError(
      name,
      deps.projections.map((p) => p.name),
    );
  return projection;
}

export class UnknownProjectionError extends Error {
  constructor(
    readonly projection: string,
    known: readonly string[],
  ) {
    super(`unknown projection ${projection} (known: ${known.join(', ') || 'none'})`);
    this.name = 'UnknownProjectionError';
  }
}
