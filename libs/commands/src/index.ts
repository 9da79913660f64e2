import { ExecuteCommandHandler } from './execute-command';

export * from './clock.token';
export * from './command-outcomes';
export * from './command-fingerprint';
export * from './command-request';
export * from './execute-command';

export const COMMAND_HANDLERS = [ExecuteCommandHandler];
