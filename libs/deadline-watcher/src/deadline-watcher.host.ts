/**
 * Runs the deadline watcher wherever the projector runs: in the projector process, and in the API
 * process in the embedded mode (`npm start`), and only while that process holds the projector lease.
 * Its commands go through this process's CommandBus.
 */
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { CommandResult } from '@app/event-store';
import { ExecuteCommand, CLOCK } from '@app/commands';
import { EmbeddedProjector, LedgerMetrics, PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import type { Clock } from '@app/supervision';
import { DeadlineWatcher, type SendTaskCommand } from './deadline-watcher';

@Injectable()
export class DeadlineWatcherHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private watcher?: DeadlineWatcher;

  constructor(
    private readonly dataSource: DataSource,
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
    private readonly projector: EmbeddedProjector,
    @Optional() private readonly metrics?: LedgerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const watcher = this.settings.watcher;
    if (!this.settings.runInProcess || !watcher?.enabled) return;
    // Under the projector's lease: one watcher across processes, started once its read model's table is made.
    this.watcher = new DeadlineWatcher({
      dataSource: this.dataSource,
      send: commandBusSender(this.commandBus),
      clock: this.clock,
      settings: watcher,
      logger: new Logger('DeadlineWatcher'),
      onRound: (round) => this.metrics?.watcherRound(round),
    });
    const running = this.watcher;
    await this.projector.whileActive({ start: () => running.start(), stop: () => running.stop() });
  }

  // Before the database and the event store close, like the projector.
  async beforeApplicationShutdown(): Promise<void> {
    await this.watcher?.stop();
  }
}

export function commandBusSender(commandBus: CommandBus): SendTaskCommand {
  return (act, request) =>
    commandBus.execute<ExecuteCommand, CommandResult>(
      ExecuteCommand.onTask(act.taskId, act.command, { ...request, commandId: act.commandId }),
    );
}
