export * from './test-database';
export * from './decider-specification';
export * from './visible-head';
