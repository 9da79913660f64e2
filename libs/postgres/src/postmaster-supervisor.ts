/**
 * Keeps an embedded server up: a postmaster that dies (killed, out of memory, crashed) without being
 * asked to stop is started again on the same data folder and port, so the pools reconnect and the API
 * answers again. If it cannot be brought back after a few tries, `giveUp` is told once, with one line
 * a person can act on; the process then exits non-zero so a supervisor above it can try.
 */
import type { ChildProcess } from 'node:child_process';

/** What this needs of a server: start it, and the postmaster it spawned. */
export interface SupervisedServer {
  start(): Promise<void>;
  /** The running postmaster. */
  readonly process?: ChildProcess;
}

export interface SupervisorHooks {
  /** One line per death and per recovery. */
  readonly notice: (line: string) => void;
  /** Called once when the server could not be started again. */
  readonly giveUp: (line: string) => void;
  /** Tries before giving up, and the first pause between them (doubled each time). */
  readonly attempts?: number;
  readonly initialDelayMs?: number;
}

export class PostmasterSupervisor {
  private stopping = false;
  private restarts = 0;

  constructor(
    private readonly server: SupervisedServer,
    private readonly description: string,
    private readonly hooks: SupervisorHooks,
  ) {}

  /** Watches the postmaster that is running now. */
  watch(): void {
    const child = this.server.process;
    if (!child) return;
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.hooks.notice(
        `embedded PostgreSQL (${this.description}) died (${signal ? `signal ${signal}` : `exit code ${code}`}): starting it again`,
      );
      void this.restart();
    });
  }

  /** Before an intended stop, so that the exit is not taken for a death. */
  stopWatching(): void {
    this.stopping = true;
  }

  /** How many times the server was brought back. */
  get restartCount(): number {
    return this.restarts;
  }

  private async restart(): Promise<void> {
    const attempts = this.hooks.attempts ?? 8;
    let delay = this.hooks.initialDelayMs ?? 250;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts && !this.stopping; attempt += 1) {
      // The dead postmaster's backends notice its death and exit; until they have, its shared memory is in use.
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
      try {
        await this.server.start();
        this.restarts += 1;
        this.hooks.notice(
          `embedded PostgreSQL (${this.description}) is running again (restart ${this.restarts}, attempt ${attempt})`,
        );
        this.watch();
        return;
      } catch (error) {
        lastError = error;
      }
    }
    if (this.stopping) return;
    const why =
      lastError instanceof Error && lastError.message
        ? lastError.message
        : 'it exited during start; its log has the reason';
    this.hooks.giveUp(
      `embedded PostgreSQL (${this.description}) died and could not be started again after ${attempts} tries (${why}): exiting so that a supervisor restarts the process`,
    );
  }
}
