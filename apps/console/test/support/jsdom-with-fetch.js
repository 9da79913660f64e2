/**
 * jsdom, with what a browser has and jsdom leaves out but the console uses: fetch and its Request,
 * Response and Headers, MessageChannel (React's scheduler), streams and the text codecs (Node's own,
 * the same WHATWG implementations).
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
    // React's scheduler keeps a MessageChannel whose port listens for good; a listening Node port holds
    // the process open, so the worker never exited. The ports made in a spec are closed at its teardown.
    const NodeMessageChannel = globalThis.MessageChannel;
    const ports = (this.ports = []);
    this.global.MessageChannel = class extends NodeMessageChannel {
      constructor() {
        super();
        ports.push(this.port1, this.port2);
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
    for (const port of this.ports) port.close();
    await super.teardown();
  }
}

module.exports = JsdomWithFetch;
