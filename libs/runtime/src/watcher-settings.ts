/** The deadline watcher's settings, read from the environment like the rest of the configuration. */

export interface WatcherSettings {
  /** WATCHER_ENABLED (default true): run the watcher wherever the projector runs. */
  readonly enabled: boolean;
  /** WATCHER_INTERVAL_MS (default 60000): how often it looks for overdue tasks. */
  readonly intervalMs: number;
  /** WATCHER_AUTO_URGE (default false): also issue an urge notice (催办) when it records a missed deadline. */
  readonly autoUrge: boolean;
  /** WATCHER_URGE_REPLY_DAYS (default 5): the urged unit's reply is due this many days later. */
  readonly urgeReplyDays: number;
  /** At most this many overdue tasks per round; the next round takes the rest. */
  readonly batchLimit: number;
}

export const DEFAULT_WATCHER_SETTINGS: WatcherSettings = {
  enabled: true,
  intervalMs: 60_000,
  autoUrge: false,
  urgeReplyDays: 5,
  batchLimit: 200,
};

export function loadWatcherSettings(env: NodeJS.ProcessEnv): WatcherSettings {
  return {
    enabled: parseBoolean('WATCHER_ENABLED', env.WATCHER_ENABLED, DEFAULT_WATCHER_SETTINGS.enabled),
    intervalMs: parsePositiveInteger(
      'WATCHER_INTERVAL_MS',
      env.WATCHER_INTERVAL_MS,
      DEFAULT_WATCHER_SETTINGS.intervalMs,
    ),
    autoUrge: parseBoolean('WATCHER_AUTO_URGE', env.WATCHER_AUTO_URGE, DEFAULT_WATCHER_SETTINGS.autoUrge),
    urgeReplyDays: parsePositiveInteger(
      'WATCHER_URGE_REPLY_DAYS',
      env.WATCHER_URGE_REPLY_DAYS,
      DEFAULT_WATCHER_SETTINGS.urgeReplyDays,
    ),
    batchLimit: DEFAULT_WATCHER_SETTINGS.batchLimit,
  };
}

export function parseBoolean(name: string, text: string | undefined, fallback: boolean): boolean {
  if (text === undefined || text === '') return fallback;
  if (text === 'true' || text === 'false') return text === 'true';
  throw new Error(`${name} must be true or false, not ${text}`);
}

export function parsePositiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not ${text}`);
  return value;
}
