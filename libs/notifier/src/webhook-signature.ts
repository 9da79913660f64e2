/**
 * How a webhook receiver (a 企业微信/钉钉/OA bridge) knows a POST is the ledger's: the headers carry the
 * delivery id (stable across retries: deduplicate on it), a Unix timestamp in seconds, and
 * `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`. A receiver recomputes the signature
 * over the raw body, compares in constant time, and refuses a timestamp too far from its clock.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const ID_HEADER = 'x-notification-id';
export const TIMESTAMP_HEADER = 'x-notification-timestamp';
export const SIGNATURE_HEADER = 'x-notification-signature';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does; the specs check the ledger's requests with it. */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(nowSeconds - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, seconds, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
