/** The read side's settings from the environment: the projector's batch size and the deadline watcher's. */
import type { ProjectorSettings } from './projector.provider';
import { loadWatcherSettings, parsePositiveInteger } from './watcher-settings';

/** PROJECTOR_BATCH_SIZE (default 500): events per transaction; smaller batches commit checkpoints more often. */
export function loadProjectorSettings(env: NodeJS.ProcessEnv, runInProcess = true): ProjectorSettings {
  const batchSize = parsePositiveInteger('PROJECTOR_BATCH_SIZE', env.PROJECTOR_BATCH_SIZE, 500);
  return { runInProcess, options: { batchSize }, watcher: loadWatcherSettings(env) };
}
