/**
 * A JSON answer serialised once per object: a board page kept in memory (board-page-cache.ts) and
 * served again and again is not stringified on every request, which for a page of 50 tasks cost more
 * than the rest of the request. The answer is what `res.json` gives (the same body and content type;
 * no ETag, as http-security.ts turns express's off). The objects given must not change after they are
 * first sent: kept pages never do.
 */
import type { Response } from 'express';

const serialised = new WeakMap<object, string>();

export function sendJsonOnce(res: Response, value: object): void {
  let body = serialised.get(value);
  if (body === undefined) {
    body = JSON.stringify(value);
    serialised.set(value, body);
  }
  res.type('json').send(body);
}
