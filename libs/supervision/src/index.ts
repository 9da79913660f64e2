/** The supervision domain: pure TypeScript, no framework. Everything the app, projector and tests use. */
export * from './kernel/actor';
export * from './kernel/decider';
export * from './kernel/recorded-message';
export * from './kernel/event-decoding';
export * from './kernel/domain-errors';
export * from './kernel/calendar';
export * from './kernel/clock';
export * from './kernel/command-guards';
export * from './kernel/event-description';
export * from './streams';

export * from './programme/programme.commands';
export * from './programme/programme.events';
export * from './programme/programme.event-descriptions';
export * from './programme/programme.decode';
export * from './programme/programme.state';
export * from './programme/programme.errors';
export * from './programme/programme.decide';
export * from './programme/programme.decider';

export * from './directory/directory.commands';
export * from './directory/directory.events';
export * from './directory/directory.event-descriptions';
export * from './directory/directory.decode';
export * from './directory/directory.state';
export * from './directory/directory.errors';
export * from './directory/directory.decide';
export * from './directory/directory.decider';

export * from './task/task.attachments';
export * from './task/task.commands';
export * from './task/task.events';
export * from './task/task.decode';
export * from './task/task.state';
export * from './task/task.evolve';
export * from './task/task.status';
export * from './task/task.context';
export * from './task/task.access';
export * from './task/task.errors';
export * from './task/task.responsibility';
export * from './task/task.decide';
export * from './task/task.decider';
export * from './task/task-flags';
export * from './task/task.labels';
export * from './task/task.allowed-commands';
