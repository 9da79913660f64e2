import { DEFAULT_WATCHER_SETTINGS, loadWatcherSettings } from '../src/watcher-settings';
import { loadProjectorSettings } from '../src/projector-settings';

describe('the read side settings', () => {
  it('default to a watcher every minute without automatic urges, batches of 500, and a lease tried and checked every second', () => {
    expect(loadWatcherSettings({})).toEqual(DEFAULT_WATCHER_SETTINGS);
    expect(loadProjectorSettings({})).toEqual({
      runInProcess: true,
      options: { batchSize: 500 },
      watcher: DEFAULT_WATCHER_SETTINGS,
      lease: { pollMs: 1000, heartbeatMs: 1000 },
    });
  });

  it('take the interval, the automatic urge and its reply days from the environment', () => {
    expect(
      loadWatcherSettings({
        WATCHER_INTERVAL_MS: '5000',
        WATCHER_AUTO_URGE: 'true',
        WATCHER_URGE_REPLY_DAYS: '3',
        WATCHER_ENABLED: 'false',
      }),
    ).toMatchObject({
      intervalMs: 5000,
      autoUrge: true,
      urgeReplyDays: 3,
      enabled: false,
    });
    expect(loadProjectorSettings({ PROJECTOR_BATCH_SIZE: '50' }, false)).toMatchObject({
      runInProcess: false,
      options: { batchSize: 50 },
    });
    expect(
      loadProjectorSettings({ PROJECTOR_LEASE_POLL_MS: '250', PROJECTOR_LEASE_HEARTBEAT_MS: '500' }).lease,
    ).toEqual({ pollMs: 250, heartbeatMs: 500 });
  });

  it('refuse a value that is not what it should be, naming the variable', () => {
    expect(() => loadWatcherSettings({ WATCHER_INTERVAL_MS: '0' })).toThrow(
      'WATCHER_INTERVAL_MS must be a positive whole number, not 0',
    );
    expect(() => loadWatcherSettings({ WATCHER_AUTO_URGE: 'yes' })).toThrow(
      'WATCHER_AUTO_URGE must be true or false, not yes',
    );
    expect(() => loadProjectorSettings({ PROJECTOR_BATCH_SIZE: 'many' })).toThrow(
      'PROJECTOR_BATCH_SIZE must be a positive whole number, not many',
    );
    expect(() => loadProjectorSettings({ PROJECTOR_LEASE_POLL_MS: '-1' })).toThrow(
      'PROJECTOR_LEASE_POLL_MS must be a positive whole number, not -1',
    );
  });
});
