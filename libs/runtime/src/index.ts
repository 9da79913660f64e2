export * from './app-config';
export * from './http-settings';
export * from './clock';
export * from './stop-signals';
export * from './event-store.provider';
export * from './projector.provider';
export * from './watcher-settings';
export * from './projector-settings';
