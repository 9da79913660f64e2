/** The read side's settings from the environment: the projector's batch size and the deadline watcher's. */
import type { EventStoreConfig } from '@app/event-store';
import { DEFAULT_LEASE_OPTIONS, DEFAULT_PROJECTOR_OPTIONS } from '@app/projector';
import type { ProjectorSettings } from './projector.provider';
import { loadWatcherSettings, parsePositiveInteger } from './watcher-settings';

/**
 * PROJECTOR_BATCH_SIZE (default 500): events per transaction; smaller batches commit checkpoints more often.
 * PROJECTOR_CATCH_UP_BATCH_SIZE (default 4000): how large batches grow while the projector is behind the log
 * (catching up from zero, after a stop, in a rebuild).
 * PROJECTOR_LEASE_POLL_MS and PROJECTOR_LEASE_HEARTBEAT_MS (default 1000 each): how often a standby projector
 * tries the lease, and how often the active one checks the session holding it.
 * PROJECTOR_THREAD (default main): where the API's embedded projector runs, `main` (the thread that serves
 * HTTP) or `worker` (a thread of its own, over its own connections to `eventStore`): fresher reads under load,
 * but smaller batches, so more database work per command (see the README's performance section). Without `eventStore`
 * (the projector's own process) it runs in the main thread, which has nothing else to do.
 */
export function loadProjectorSettings(
  env: NodeJS.ProcessEnv,
  runInProcess = true,
  eventStore?: EventStoreConfig,
): ProjectorSettings {
  const batchSize = parsePositiveInteger('PROJECTOR_BATCH_SIZE', env.PROJECTOR_BATCH_SIZE, 500);
  // Left to the projector's default unless set.
  const catchUp =
    env.PROJECTOR_CATCH_UP_BATCH_SIZE === undefined
      ? {}
      : {
          catchUpBatchSize: parsePositiveInteger(
            'PROJECTOR_CATCH_UP_BATCH_SIZE',
            env.PROJECTOR_CATCH_UP_BATCH_SIZE,
            DEFAULT_PROJECTOR_OPTIONS.catchUpBatchSize,
          ),
        };
  const lease = {
    pollMs: parsePositiveInteger('PROJECTOR_LEASE_POLL_MS', env.PROJECTOR_LEASE_POLL_MS, DEFAULT_LEASE_OPTIONS.pollMs),
    heartbeatMs: parsePositiveInteger(
      'PROJECTOR_LEASE_HEARTBEAT_MS',
      env.PROJECTOR_LEASE_HEARTBEAT_MS,
      DEFAULT_LEASE_OPTIONS.heartbeatMs,
    ),
  };
  const thread = env.PROJECTOR_THREAD ?? 'main';
  if (thread !== 'worker' && thread !== 'main')
    throw new Error(`PROJECTOR_THREAD must be worker or main, not ${JSON.stringify(thread)}`);
  const worker = thread === 'worker' && eventStore ? { worker: { eventStore } } : {};
  return { runInProcess, options: { batchSize, ...catchUp }, watcher: loadWatcherSettings(env), lease, ...worker };
}
