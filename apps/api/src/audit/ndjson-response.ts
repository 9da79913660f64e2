/**
 * Writes a long answer chunk by chunk, waiting for the socket to drain when its buffer is full, so
 * memory stays one batch however long the log. Nothing is sent until the first chunk exists, so an
 * error before it (a bad filter, an unknown task) still becomes a normal error answer.
 */
import { once } from 'node:events';
import type { Response } from 'express';

export interface StreamedAnswer {
  readonly contentType: string;
  readonly fileName?: string;
  readonly headers?: Record<string, string>;
}

export async function streamAnswer(
  response: Response,
  chunks: AsyncIterable<string>,
  answer: StreamedAnswer,
): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  let next = await iterator.next();
  response.status(200).setHeader('Content-Type', answer.contentType);
  response.setHeader('Cache-Control', 'no-store');
  if (answer.fileName) response.setHeader('Content-Disposition', `attachment; filename="${answer.fileName}"`);
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  try {
    while (!next.done) {
      if (response.destroyed) return void (await iterator.return?.());
      if (next.value.length > 0 && !response.write(next.value)) await drained(response);
      next = await iterator.next();
    }
    response.end();
  } catch (error) {
    // Headers are gone: the only honest signal left is a cut connection (the client sees no clean end).
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

async function drained(response: Response): Promise<void> {
  // Both listeners are removed when either fires, so a long stream does not pile them up.
  const done = new AbortController();
  try {
    await Promise.race([
      once(response, 'drain', { signal: done.signal }),
      once(response, 'close', { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
}

export async function* ndjsonLines<T>(
  batches: AsyncIterable<readonly T[]>,
  toLine: (item: T) => unknown,
): AsyncIterable<string> {
  for await (const batch of batches) yield batch.map((item) => JSON.stringify(toLine(item)) + '\n').join('');
}
