/** Where the API's embedded projector runs, from PROJECTOR_THREAD. */
import { loadProjectorSettings } from '../src/projector-settings';

describe('the embedded projector’s thread', () => {
  const eventStore = { kind: 'postgres' as const, url: 'postgres://ledger@db/ledger' };

  it('runs in the API’s thread unless asked otherwise', () => {
    expect(loadProjectorSettings({}, true, eventStore).worker).toBeUndefined();
    expect(loadProjectorSettings({ PROJECTOR_THREAD: 'main' }, true, eventStore).worker).toBeUndefined();
  });

  it('with PROJECTOR_THREAD=worker, runs in a worker thread over the same event store', () => {
    expect(loadProjectorSettings({ PROJECTOR_THREAD: 'worker' }, true, eventStore).worker).toEqual({ eventStore });
  });

  it('in the projector’s own process (no event store given), runs in its main thread whatever is asked', () => {
    expect(loadProjectorSettings({ PROJECTOR_THREAD: 'worker' }).worker).toBeUndefined();
  });

  it('refuses a thread it does not know, naming the setting', () => {
    expect(() => loadProjectorSettings({ PROJECTOR_THREAD: 'both' }, true, eventStore)).toThrow(/PROJECTOR_THREAD/);
  });
});
