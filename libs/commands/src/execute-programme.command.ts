/** Runs one programme command against its stream. */
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { programmeDecider, programmeStreamId, type ProgrammeCommand } from '@app/supervision';
import { EVENT_STORE, handleCommand, type CommandResult, type EventStore } from '@app/event-store';
import { CLOCK, type Clock } from '@app/runtime';
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
  ) {}

  execute({ programmeId, command, commandId, request }: ExecuteProgrammeCommand): Promise<CommandResult> {
    const now = request.at ?? this.clock.now();
    return handleCommand(this.store, programmeStreamId(programmeId), programmeDecider, (state) => programmeDecider.decide(command, state, { actor: request.actor, now }), envelopeFor(command, commandId, request, now));
  }
}
