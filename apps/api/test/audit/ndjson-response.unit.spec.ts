import { Writable } from 'node:stream';
import type { Response } from 'express';
import { ndjsonLines, streamAnswer } from '../../src/audit/ndjson-response';

/** A client that takes one chunk when told to: what a slow network looks like to the server. */
class SlowClient extends Writable {
  readonly received: string[] = [];
  private pending: (() => void)[] = [];
  readonly headers: Record<string, string> = {};
  statusCode = 0;

  constructor() {
    super({ highWaterMark: 8, decodeStrings: false });
  }
  override _write(chunk: string, _: BufferEncoding, done: () => void): void {
    this.received.push(String(chunk));
    this.pending.push(done);
  }
  takeOne(): void {
    this.pending.shift()?.();
  }
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  setHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
}

async function* counted(pulls: { count: number }, total: number): AsyncIterable<string> {
  for (let i = 0; i < total; i++) {
    pulls.count++;
    yield `chunk ${i} is longer than the buffer\n`;
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('streaming an answer', () => {
  it('pulls the next batch only when the client has taken the last one (backpressure)', async () => {
    const client = new SlowClient();
    const pulls = { count: 0 };
    const done = streamAnswer(client as unknown as Response, counted(pulls, 5), {
      contentType: 'application/x-ndjson',
    });
    await settle();
    expect(pulls.count).toBe(1);
    for (let taken = 1; taken <= 4; taken++) {
      client.takeOne();
      await settle();
      expect(pulls.count).toBe(taken + 1);
    }
    client.takeOne();
    await done;
    expect(client.received).toHaveLength(5);
    expect(client.statusCode).toBe(200);
    expect(client.headers['Content-Type']).toBe('application/x-ndjson');
  });

  it('lets an error before the first chunk reach the caller, so it becomes a normal error answer', async () => {
    const client = new SlowClient();
    // eslint-disable-next-line require-yield -- a source that fails before its first chunk is the case under test
    async function* failing(): AsyncIterable<string> {
      throw new Error('no such task');
    }
    await expect(streamAnswer(client as unknown as Response, failing(), { contentType: 'text/plain' })).rejects.toThrow(
      'no such task',
    );
    expect(client.statusCode).toBe(0);
  });

  it('writes one JSON line per item, Chinese text as it is', async () => {
    let text = '';
    for await (const chunk of ndjsonLines(
      (async function* () {
        yield [{ reason: '请加快进度' }, { n: 2 }];
      })(),
      (item) => item,
    ))
      text += chunk;
    expect(text).toBe('{"reason":"请加快进度"}\n{"n":2}\n');
  });
});
