/**
 * Where a command's outcome is counted, when the app provides it (the API and the projector bind it
 * to their metrics): a port, so the command path needs nothing of the process that runs it.
 */
import type { CommandResult } from '@app/event-store';

export interface CommandOutcomes {
  command(type: string, run: () => Promise<CommandResult>): Promise<CommandResult>;
}

export const COMMAND_OUTCOMES = Symbol('COMMAND_OUTCOMES');
