export * from './projections';
export * from './task-deadlines';
export * from './queries';
