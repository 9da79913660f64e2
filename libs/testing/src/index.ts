export * from './test-database';
export * from './decider-specification';
export * from './eventually';
export * from './visible-head';
export * from './s3-server';
