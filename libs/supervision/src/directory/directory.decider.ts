/** The organisation directory as one Decider (single stream `directory`). */
import type { CommandContext } from '../kernel/actor';
import type { Decider } from '../kernel/decider';
import { decodeDirectoryEvent } from './directory.decode';
import type { DirectoryCommand } from './directory.commands';
import { decideDirectory } from './directory.decide';
import type { DirectoryEvent } from './directory.events';
import { evolveDirectory, initialDirectoryState, type DirectoryState } from './directory.state';

export const directoryDecider: Decider<DirectoryCommand, DirectoryEvent, DirectoryState, CommandContext> = {
  initialState: initialDirectoryState,
  evolve: evolveDirectory,
  decide: decideDirectory,
  decode: decodeDirectoryEvent,
};
