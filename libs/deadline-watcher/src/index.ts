export * from './deadline-decisions';
export * from './deadline-watcher';
export * from './deadline-watcher.host';
