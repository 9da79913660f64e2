/** Runs one organisation-directory command against the single directory stream. */
import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DIRECTORY_STREAM_ID, directoryDecider, type DirectoryCommand, type Clock } from '@app/supervision';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@app/event-store';
import { CLOCK } from './clock.token';
import { COMMAND_OUTCOMES, type CommandOutcomes } from './command-outcomes';
import { envelopeFor, type CommandRequest } from './command-request';

export class ExecuteDirectoryCommand extends Command<CommandResult> {
  constructor(
    readonly command: DirectoryCommand,
    readonly commandId: string,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(ExecuteDirectoryCommand)
export class ExecuteDirectoryCommandHandler implements ICommandHandler<ExecuteDirectoryCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(COMMAND_OUTCOMES) private readonly metrics?: CommandOutcomes,
  ) {}

  execute(command: ExecuteDirectoryCommand): Promise<CommandResult> {
    // Counted by type and outcome when the module provides metrics (the API and the projector process do).
    return this.metrics ? this.metrics.command(command.command.type, () => this.run(command)) : this.run(command);
  }

  private run({ command, commandId, request }: ExecuteDirectoryCommand): Promise<CommandResult> {
    const now = request.at ?? this.clock.now();
    return handleCommand(this.store, DIRECTORY_STREAM_ID, directoryDecider, (state) => directoryDecider.decide(command, state, { actor: request.actor, now }), envelopeFor(command, commandId, request, now));
  }
}
