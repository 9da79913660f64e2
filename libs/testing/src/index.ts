export * from './test-database';
export * from './decider-specification';
