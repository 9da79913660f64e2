/** Runs one task command: load the task stream (and, for issue and reassign, the programme and directory), decide, append. */
import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  DIRECTORY_STREAM_ID,
  directoryDecider,
  programmeDecider,
  programmeStreamId,
  taskCommandNeedsLookups,
  taskDecider,
  taskStreamId,
  type TaskCommand,
  type TaskCommandContext,
} from '@app/supervision';
import { EVENT_STORE, foldStream, handleCommand, type CommandResult, type EventStore } from '@app/event-store';
import { CLOCK } from './clock.token';
import { COMMAND_OUTCOMES, type CommandOutcomes } from './command-outcomes';
import type { Clock } from '@app/supervision';
import { envelopeFor, type CommandRequest } from './command-request';

export class ExecuteTaskCommand extends Command<CommandResult> {
  constructor(
    readonly taskId: string,
    readonly command: TaskCommand,
    readonly commandId: string,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(ExecuteTaskCommand)
export class ExecuteTaskCommandHandler implements ICommandHandler<ExecuteTaskCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(COMMAND_OUTCOMES) private readonly metrics?: CommandOutcomes,
  ) {}

  execute(command: ExecuteTaskCommand): Promise<CommandResult> {
    // Counted by type and outcome when the module provides metrics (the API and the projector process do).
    return this.metrics ? this.metrics.command(command.command.type, () => this.run(command)) : this.run(command);
  }

  private async run({ taskId, command, commandId, request }: ExecuteTaskCommand): Promise<CommandResult> {
    const now = request.at ?? this.clock.now();
    const context: TaskCommandContext = { actor: request.actor, now, ...(await this.lookupsFor(command)) };
    return handleCommand(this.store, taskStreamId(taskId), taskDecider, (state) => taskDecider.decide(command, state, context), envelopeFor(command, commandId, request, now));
  }

  private async lookupsFor(command: TaskCommand): Promise<Partial<TaskCommandContext>> {
    if (!taskCommandNeedsLookups(command)) return {};
    const programmeId = 'programmeId' in command.data ? String(command.data.programmeId) : undefined;
    const [directory, programme] = await Promise.all([
      foldStream(this.store, DIRECTORY_STREAM_ID, directoryDecider),
      programmeId ? foldStream(this.store, programmeStreamId(programmeId), programmeDecider) : undefined,
    ]);
    return { directory: directory.state, ...(programme ? { programme: programme.state } : {}) };
  }
}
