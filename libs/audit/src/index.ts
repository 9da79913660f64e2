/** What auditors get: the log read in order, states as of a point, hash-chain and digest verification, exports. */
export * from './audit-entry';
export * from './why-fields';
export * from './audit-filter';
export * from './read-audit-log';
export * from './chain-verifier';
export * from './log-digest';
export * from './verify-log';
export * from './as-of-point';
export * from './task-as-of';
export * from './board-replay';
export * from './board-as-of';
export * from './csv';
export * from './export-format';
export * from './export-log';
export * from './verify-export';
export * from './missing-tails';
export * from './event-count';
