/** Runs one programme command against its stream. */
import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { programmeDecider, programmeStreamId, type ProgrammeCommand, type Clock } from '@app/supervision';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@app/event-store';
import { CLOCK } from './clock.token';
import { COMMAND_OUTCOMES, type CommandOutcomes } from './command-outcomes';
import { envelopeFor, type CommandRequest } from './command-request';

export class ExecuteProgrammeCommand extends Command<CommandResult> {
  constructor(
    readonly programmeId: string,
    readonly command: ProgrammeCommand,
    readonly commandId: string,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(ExecuteProgrammeCommand)
export class ExecuteProgrammeCommandHandler implements ICommandHandler<ExecuteProgrammeCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(COMMAND_OUTCOMES) private readonly metrics?: CommandOutcomes,
  ) {}

  execute(command: ExecuteProgrammeCommand): Promise<CommandResult> {
    // Counted by type and outcome when the module provides metrics (the API and the projector process do).
    return this.metrics ? this.metrics.command(command.command.type, () => this.run(command)) : this.run(command);
  }

  private run({ programmeId, command, commandId, request }: ExecuteProgrammeCommand): Promise<CommandResult> {
    const now = request.at ?? this.clock.now();
    return handleCommand(this.store, programmeStreamId(programmeId), programmeDecider, (state) => programmeDecider.decide(command, state, { actor: request.actor, now }), envelopeFor(command, commandId, request, now));
  }
}
