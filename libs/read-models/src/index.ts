export * from './projection';
export * from './projector';
export * from './projections';
export * from './task-deadlines';
export * from './queries';
