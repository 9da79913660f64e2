/**
 * The projector engine: one log reader feeding every registered projection, poison handling, rebuilds,
 * checksums, status and read-your-writes. The read models (libs/read-models) implement `Projection`.
 */
export * from './projection';
export { liveTables } from './apply-target';
export * from './projector';
export * from './projection-admin';
export * from './projector-options';
export * from './projector-schema';
export { type Checkpoint, readCheckpoint, readCheckpoints } from './checkpoints';
export { readModelVersion } from './read-model-version';
export { queryPrepared } from './prepared-query';
export { type ParkedEvent, BLOCKED_BY_EARLIER_EVENT } from './parked-events';
export type { ProjectionStatus } from './projection-status';
export type { Checksum } from './checksum';
export type { RebuildOptions, RebuildResult } from './rebuild';
export { RebuildInProgress } from './rebuild-lock';
export { type RebuildProgress, type ProgressListener, formatProgress } from './rebuild-progress';
export type { ReplayOutcome } from './replay-parked';
export type { FreshRebuildOptions } from './scratch-build';
export { waitForCheckpoints, type WaitOptions } from './wait-for-position';
export { ProjectionPositions, type PositionsListener } from './projection-positions';
export { CheckpointListener, notifyCheckpoints, CHECKPOINT_CHANNEL } from './checkpoint-notifications';
export { connectionOf } from './projector-lease';
export { relayAdvances, followAdvances, type RelayPort } from './positions-relay';
export {
  ProjectorLease,
  DEFAULT_LEASE_OPTIONS,
  PROJECTOR_LEASE_KEY,
  PROJECTOR_LEASE_APPLICATION,
  type LeaseOptions,
  type LeaseState,
  type LeaseWork,
} from './projector-lease';
export { projectorPoolOptions, readModelDataSourceOptions } from './read-model-data-source';
