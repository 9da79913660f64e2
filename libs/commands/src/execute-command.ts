/**
 * The one command handler of every aggregate: take the time, load what the task's rules look up,
 * and hand the aggregate's decider, once, to handleCommand (read, fold, decide, append).
 */
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
  type Clock,
  type CommandContext,
  type DirectoryCommand,
  type ProgrammeCommand,
  type TaskCommand,
  type TaskCommandContext,
} from '@app/supervision';
import {
  EVENT_STORE,
  LEDGER_HASH_ALGORITHM,
  chainVersionFor,
  foldStream,
  handleCommand,
  StreamStates,
  type CommandResult,
  type EventStore,
  type HashAlgorithm,
} from '@app/event-store';
import { CLOCK } from './clock.token';
import { COMMAND_OUTCOMES, type CommandOutcomes } from './command-outcomes';
import { envelopeFor, type IdentifiedRequest } from './command-request';

/** Which aggregate a command goes to, and the command in that aggregate's words. */
export type CommandTarget =
  | { readonly aggregate: 'task'; readonly taskId: string; readonly command: TaskCommand }
  | { readonly aggregate: 'programme'; readonly programmeId: string; readonly command: ProgrammeCommand }
  | { readonly aggregate: 'directory'; readonly command: DirectoryCommand };

export class ExecuteCommand extends Command<CommandResult> {
  constructor(
    readonly target: CommandTarget,
    readonly request: IdentifiedRequest,
  ) {
    super();
  }

  static onTask(taskId: string, command: TaskCommand, request: IdentifiedRequest): ExecuteCommand {
    return new ExecuteCommand({ aggregate: 'task', taskId, command }, request);
  }

  static onProgramme(programmeId: string, command: ProgrammeCommand, request: IdentifiedRequest): ExecuteCommand {
    return new ExecuteCommand({ aggregate: 'programme', programmeId, command }, request);
  }

  static onDirectory(command: DirectoryCommand, request: IdentifiedRequest): ExecuteCommand {
    return new ExecuteCommand({ aggregate: 'directory', command }, request);
  }
}

@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand> {
  /** The folds of the streams commands went to last: the next command reads only what came since, or nothing. */
  private readonly states = new StreamStates();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(COMMAND_OUTCOMES) private readonly outcomes?: CommandOutcomes,
    // The ledger's hash algorithm decides the chain version of what it appends (SHA-256 when not bound).
    @Optional() @Inject(LEDGER_HASH_ALGORITHM) private readonly hashAlgorithm?: HashAlgorithm,
  ) {}

  execute(command: ExecuteCommand): Promise<CommandResult> {
    // Counted by type and outcome when the app binds the port (the API and the projector process do).
    return this.outcomes
      ? this.outcomes.command(command.target.command.type, () => this.run(command))
      : this.run(command);
  }

  private async run({ target, request }: ExecuteCommand): Promise<CommandResult> {
    const now = request.at ?? this.clock.now();
    const context: CommandContext = { actor: request.actor, now };
    const envelope = {
      ...envelopeFor(target.command, request, now),
      chainVersion: chainVersionFor(this.hashAlgorithm ?? 'sha256'),
    };
    switch (target.aggregate) {
      case 'task': {
        const taskContext: TaskCommandContext = { ...context, ...(await this.lookupsFor(target.command)) };
        return handleCommand(
          this.store,
          taskStreamId(target.taskId),
          taskDecider,
          target.command,
          taskContext,
          envelope,
          this.states,
        );
      }
      case 'programme':
        return handleCommand(
          this.store,
          programmeStreamId(target.programmeId),
          programmeDecider,
          target.command,
          context,
          envelope,
          this.states,
        );
      case 'directory':
        return handleCommand(
          this.store,
          DIRECTORY_STREAM_ID,
          directoryDecider,
          target.command,
          context,
          envelope,
          this.states,
        );
    }
  }

  /** Issue and reassign check the directory (and issue the programme): their states, folded now. */
  private async lookupsFor(command: TaskCommand): Promise<Partial<TaskCommandContext>> {
    if (!taskCommandNeedsLookups(command)) return {};
    const programmeId = 'programmeId' in command.data ? String(command.data.programmeId) : undefined;
    const [directory, programme] = await Promise.all([
      foldStream(this.store, DIRECTORY_STREAM_ID, directoryDecider, this.states),
      programmeId ? foldStream(this.store, programmeStreamId(programmeId), programmeDecider, this.states) : undefined,
    ]);
    return { directory: directory.state, ...(programme ? { programme: programme.state } : {}) };
  }
}
