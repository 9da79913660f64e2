import { ExecuteDirectoryCommandHandler } from './execute-directory.command';
import { ExecuteProgrammeCommandHandler } from './execute-programme.command';
import { ExecuteTaskCommandHandler } from './execute-task.command';

export * from './clock.token';
export * from './command-outcomes';
export * from './command-fingerprint';
export * from './command-request';
export * from './execute-directory.command';
export * from './execute-programme.command';
export * from './execute-task.command';

export const COMMAND_HANDLERS = [ExecuteTaskCommandHandler, ExecuteProgrammeCommandHandler, ExecuteDirectoryCommandHandler];
