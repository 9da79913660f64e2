/**
 * The API's side of the embedded projector's worker thread (projector-worker.ts): starts it, wakes the
 * read-your-writes waits of this thread at each batch it commits (positions-relay.ts), logs its lines,
 * stops it. A worker that dies while it should run is started again (with backoff): the checkpoints
 * are all the state there is, so a new one goes on where the last committed batch left off.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { followAdvances, type ProjectionPositions, type ProjectorLogger } from '@app/projector';
import {
  isFromProjectorWorker,
  type LogMethod,
  type ProjectorWorkerData,
  type ToProjectorWorker,
} from './projector-thread-messages';

/** The compiled worker beside this file (the build's output; under ts sources it does not exist). */
export const PROJECTOR_WORKER_SCRIPT = join(__dirname, 'projector-worker.js');

const RESTART_DELAY_MS = { first: 500, last: 30_000 } as const;
/** How long a stopping worker may take to let its batch in flight commit before it is terminated. */
const STOP_GRACE_MS = 10_000;

export interface ProjectorThreadConfig {
  readonly data: Omit<ProjectorWorkerData, 'kind'>;
  readonly logger: ProjectorLogger;
  /** The waits of this thread, woken by the worker's batches. */
  readonly positions?: ProjectionPositions;
  readonly script?: string;
}

export class ProjectorThread {
  private worker?: Worker;
  private running = false;
  private restarts = 0;
  private restartTimer?: NodeJS.Timeout;

  constructor(private readonly config: ProjectorThreadConfig) {}

  /** Whether the compiled worker can be started from here. */
  static available(script = PROJECTOR_WORKER_SCRIPT): boolean {
    return existsSync(script);
  }

  /** Resolves once the worker's projector has started (tables migrated, following the log); rejects if it could not. */
  async start(): Promise<void> {
    this.running = true;
    try {
      await this.spawn();
    } catch (error) {
      this.running = false;
      throw error;
    }
  }

  /** Lets the worker's batch in flight commit, closes its connections, and ends it. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((done) => worker.once('exit', () => done()));
    worker.postMessage({ kind: 'stop' } satisfies ToProjectorWorker);
    const grace = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
    await exited;
    clearTimeout(grace);
  }

  private spawn(): Promise<void> {
    const { data, logger, positions, script = PROJECTOR_WORKER_SCRIPT } = this.config;
    const worker = new Worker(script, {
      workerData: { kind: 'ledger-projector', ...data } satisfies ProjectorWorkerData,
    });
    this.worker = worker;
    const stopFollowing = positions ? followAdvances(positions, worker) : () => undefined;
    return new Promise<void>((started, failed) => {
      let starting = true;
      let failure = 'it exited before it started';
      worker.on('message', (message: unknown) => {
        if (!isFromProjectorWorker(message)) return;
        if (message.kind === 'log') this.write(message.level, message.message, message.context);
        else if (message.kind === 'started') {
          starting = false;
          this.restarts = 0;
          started();
        } else if (message.kind === 'failed') failure = message.message;
      });
      worker.on('error', (error) => logger.error(`the projector's worker failed: ${error.message}`));
      worker.once('exit', (code) => {
        stopFollowing();
        if (this.worker === worker) this.worker = undefined;
        if (starting) {
          starting = false;
          failed(new Error(`the projector's worker could not start (exit ${code}): ${failure}`));
          return;
        }
        if (this.running) this.restartLater(code);
      });
    });
  }

  /** The projector's own lines go to the logger it was given; those of the read models and the store to Nest's, under their context. */
  private write(level: LogMethod, message: string, context = 'Projector'): void {
    if (context === 'Projector' && (level === 'log' || level === 'warn' || level === 'error'))
      this.config.logger[level](message);
    else new Logger(context)[level](message);
  }

  private restartLater(code: number): void {
    const delay = Math.min(RESTART_DELAY_MS.last, RESTART_DELAY_MS.first * 2 ** this.restarts++);
    this.config.logger.error(`the projector's worker exited with ${code}; starting it again in ${delay} ms`);
    this.restartTimer = setTimeout(() => {
      if (!this.running) return;
      this.spawn().catch((error: unknown) => {
        this.config.logger.error(error instanceof Error ? error.message : String(error));
        if (this.running) this.restartLater(1);
      });
    }, delay);
    this.restartTimer.unref();
  }
}
