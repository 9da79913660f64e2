/**
 * The component specs' browser environment lets jest exit on its own: a MessageChannel a spec leaves
 * listening (React's scheduler keeps one for good) holds Node's event loop open until the environment
 * closes it at teardown.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JsdomWithFetch = require('./jsdom-with-fetch.js') as new (
  config: unknown,
  context: unknown,
) => {
  global: { MessageChannel: typeof MessageChannel };
  setup(): Promise<void>;
  teardown(): Promise<void>;
};

const openPorts = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;

describe('the component specs’ browser environment', () => {
  it('given a channel left listening by the spec, when the environment is torn down, then no port holds the process open', async () => {
    const environment = new JsdomWithFetch(
      { globalConfig: {}, projectConfig: { testEnvironmentOptions: {}, setupFiles: [], fakeTimers: {} } },
      { console, docblockPragmas: {}, testPath: __filename },
    );
    await environment.setup();
    const before = openPorts();
    const channel = new environment.global.MessageChannel();
    channel.port1.onmessage = () => undefined;
    expect(openPorts()).toBeGreaterThan(before);
    await environment.teardown();
    // A port closes in the next turns of the event loop.
    for (let turn = 0; turn < 100 && openPorts() > before; turn++) await new Promise((next) => setImmediate(next));
    expect(openPorts()).toBe(before);
  });
});
