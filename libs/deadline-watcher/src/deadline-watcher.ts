/**
 * The deadline watcher's runner: every interval, read the overdue tasks from the task-deadlines read
 * model, decide the acts (deadline-decisions.ts) and send them as commands through the command path,
 * as the supervision office's system actor. Safe to run twice: each act has a deterministic command
 * id, the domain ignores a deadline already recorded, and appends check the expected revision.
 */
import type { DataSource } from 'typeorm';
import type { CommandResult } from '@app/event-store';
import { findOverdueTasks } from '@app/read-models';
import { calendarDateOf, type Actor, type Clock } from '@app/supervision';
import type { CommandRequest } from '@app/commands';
import type { WatcherSettings } from '@app/runtime';
import {
  RECORDABLE_STATUSES,
  URGEABLE_STATUSES,
  autoUrgeId,
  decideDeadlineActs,
  type WatcherAct,
} from './deadline-decisions';

/** Who the watcher's commands are from: the supervision office's system account. */
export const WATCHER_ACTOR: Actor = { userId: 'deadline-watcher', role: 'supervisor' };

export type SendTaskCommand = (act: WatcherAct, request: CommandRequest) => Promise<CommandResult>;

export interface WatcherLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface DeadlineWatcherDeps {
  readonly dataSource: DataSource;
  readonly send: SendTaskCommand;
  readonly clock: Clock;
  readonly settings: WatcherSettings;
  readonly logger: WatcherLogger;
  /** Told what each scheduled round did, or that it failed (metrics). */
  readonly onRound?: (round: WatchRound | 'failed') => void;
}

/**
 * What one round did. `recorded` and `urged` count acts the command path accepted with new events; the
 * same act sent by two watchers at once has the same event ids, so the store keeps one and both count it.
 */
export interface WatchRound {
  readonly overdue: number;
  readonly recorded: number;
  readonly urged: number;
  readonly failed: number;
}

export class DeadlineWatcher {
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private running = false;

  constructor(private readonly deps: DeadlineWatcherDeps) {}

  /** Looks right away, then every interval; a failed round is logged and the next one tries again. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.deps.logger.log(
      `deadline watcher started: every ${this.deps.settings.intervalMs} ms, automatic urge ${this.deps.settings.autoUrge ? 'on' : 'off'}`,
    );
    this.schedule(0);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
    this.deps.logger.log('deadline watcher stopped');
  }

  /** One round: finds the overdue tasks as of the clock's now and sends what they need. */
  async watchOnce(): Promise<WatchRound> {
    const { settings, clock, dataSource } = this.deps;
    const now = clock.now();
    const overdue = await findOverdueTasks(dataSource.manager, {
      today: calendarDateOf(now),
      recordable: RECORDABLE_STATUSES,
      urging: settings.autoUrge ? { statuses: URGEABLE_STATUSES, urgeIdPrefix: autoUrgeId('') } : undefined,
      limit: settings.batchLimit,
    });
    const round = { overdue: overdue.length, recorded: 0, urged: 0, failed: 0 };
    for (const row of overdue) {
      for (const act of decideDeadlineActs(row, now, settings)) {
        const outcome = await this.perform(act, now);
        if (outcome === 'failed') {
          round.failed += 1;
          break; // the urge waits until the missed deadline is recorded
        }
        if (outcome === 'appended') round[act.command.type === 'RecordMissedDeadline' ? 'recorded' : 'urged'] += 1;
      }
    }
    if (overdue.length > 0)
      this.deps.logger.log(
        `deadline watcher: ${overdue.length} overdue, ${round.recorded} missed deadlines recorded, ${round.urged} urged, ${round.failed} failed`,
      );
    return round;
  }

  private async perform(act: WatcherAct, now: Date): Promise<'appended' | 'nothing' | 'failed'> {
    const request: CommandRequest = {
      actor: WATCHER_ACTOR,
      at: now,
      correlationId: `deadline-watcher:${act.commandId}`,
    };
    try {
      const result = await this.deps.send(act, request);
      if (result.appendedEvents === 0) return 'nothing';
      this.deps.logger.log(
        `task ${act.taskId}: ${act.command.type} ${JSON.stringify(act.command.data)} at revision ${result.revision}`,
      );
      return 'appended';
    } catch (error) {
      // The read model may lag the task (completed, extended meanwhile): the domain refuses, the next round sees the truth.
      this.deps.logger.warn(
        `task ${act.taskId}: ${act.command.type} not recorded: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 'failed';
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.round = this.watchOnce()
        .then(
          (round) => this.deps.onRound?.(round),
          (error: unknown) => {
            this.deps.onRound?.('failed');
            this.deps.logger.error(
              `deadline watcher round failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          },
        )
        .finally(() => {
          if (this.running) this.schedule(this.deps.settings.intervalMs);
        });
    }, delayMs);
  }
}
