/** What deciding a task may need besides its own stream: the programme and the directory, for issue and reassign. */
import type { CommandContext } from '../kernel/actor';
import type { DirectoryState } from '../directory/directory.state';
import type { ProgrammeState } from '../programme/programme.state';
import type { TaskCommand } from './task.commands';

export type TaskCommandContext = CommandContext & {
  /** The state of the programme named by IssueTask (initial state when never launched). */
  readonly programme?: ProgrammeState;
  /** The organisation directory, for IssueTask and ReassignResponsibility. */
  readonly directory?: DirectoryState;
};

/** True when the command checks other aggregates: load the directory (and the programme for IssueTask) first. */
export function taskCommandNeedsLookups(command: TaskCommand): boolean {
  return command.type === 'IssueTask' || command.type === 'ReassignResponsibility';
}

/** A programming error, not a refusal: the caller did not load what taskCommandNeedsLookups asked for. */
export class MissingLookup extends Error {
  constructor(commandType: string, what: 'programme' | 'directory') {
    super(
      `${commandType} needs the ${what} state in the context: load it when taskCommandNeedsLookups(command) is true`,
    );
    this.name = 'MissingLookup';
  }
}
