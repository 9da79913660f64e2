import { retryDelay, signWebhook, verifyWebhook } from '../src';

describe('a webhook receiver checks the ledger’s signature', () => {
  const secret = 'receiver-and-ledger-share-this';
  const body = '{"id":"x","title":"催办通知"}';
  const now = 1_780_000_000;
  const signature = signWebhook(secret, now, body);

  it('accepts the body and timestamp that were signed', () => {
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook(secret, String(now), body, signature, now + 10)).toBe(true);
  });

  it('refuses another body, another secret, another timestamp, or one too old', () => {
    expect(verifyWebhook(secret, String(now), body.replace('催办', '督办'), signature, now)).toBe(false);
    expect(verifyWebhook('another-secret', String(now), body, signature, now)).toBe(false);
    expect(verifyWebhook(secret, String(now + 1), body, signature, now)).toBe(false);
    expect(verifyWebhook(secret, String(now), body, signature, now + 301)).toBe(false);
  });
});

describe('a failed delivery is tried again', () => {
  it('after a delay that doubles with each try, up to the cap', () => {
    const settings = { retryDelayMs: 1_000, maxRetryDelayMs: 5_000 };
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, settings))).toEqual([
      1_000, 2_000, 4_000, 5_000, 5_000,
    ]);
  });
});
