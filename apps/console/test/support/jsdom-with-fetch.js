/**
 * jsdom, with what a browser has and jsdom leaves out but the console uses: fetch and its Request,
 * Response and Headers, MessageChannel (React's scheduler), streams and the text codecs (Node's own,
 * the same WHATWG implementations). Node's MessageChannel holds the process open while a port listens
 * (React's scheduler keeps one listening for good), so the environment closes every channel the spec
 * made when it is torn down: jest then exits on its own, without --forceExit.
 * The console's component specs name it in their docblock: @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of [
      'fetch',
      'Request',
      'Response',
      'Headers',
      'FormData',
      'ReadableStream',
      'TextEncoder',
      'TextDecoder',
      'structuredClone',
      'MessagePort',
    ]) {
      this.global[name] = globalThis[name];
    }
    const channels = (this.channels = []);
    this.global.MessageChannel = class extends globalThis.MessageChannel {
      constructor() {
        super();
        channels.push(this);
      }
    };
    // A page's fetch takes paths relative to its origin ('/api/tasks'); Node's Request wants them absolute.
    const NodeRequest = globalThis.Request;
    this.global.Request = class extends NodeRequest {
      constructor(input, init) {
        super(typeof input === 'string' ? new URL(input, 'http://console.test') : input, init);
      }
    };
  }

  async teardown() {
    for (const channel of this.channels) {
      channel.port1.close();
      channel.port2.close();
    }
    await super.teardown();
  }
}

module.exports = JsdomWithFetch;
