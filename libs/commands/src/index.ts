import { ExecuteDirectoryCommandHandler } from './execute-directory.command';
import { ExecuteProgrammeCommandHandler } from './execute-programme.command';
import { ExecuteTaskCommandHandler } from './execute-task.command';

export const COMMAND_HANDLERS = [ExecuteTaskCommandHandler, ExecuteProgrammeCommandHandler, ExecuteDirectoryCommandHandler];
