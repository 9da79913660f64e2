import { generateKeyPairSync } from 'node:crypto';
import { accepted, acknowledged, issued, recorded } from './audit.fixtures';
import { createLedgerSigner } from '../src/ledger-signature';
import { checkSeal, makeSeal, parseSeal, sealClaim } from '../src/ledger-seal';
import { LogDigest } from '../src/log-digest';

const newKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const log = recorded([
  issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'),
  acknowledged('a', '2026-03-02T01:00:00Z'),
  accepted('a', '2026-03-03T01:00:00Z'),
]);

describe('a seal', () => {
  const signer = createLedgerSigner(newKey());

  it('goes on from the digest of the seal before it: the same digest as over the whole log', () => {
    const whole = new LogDigest();
    for (const event of log) whole.addEvent(event);
    const first = new LogDigest();
    first.addEvent(log[0]);
    const resumed = LogDigest.resume(makeSeal(first.current(), new Date('2026-03-01T02:00:00Z'), signer));
    for (const event of log.slice(1)) resumed.addEvent(event);
    expect(resumed.current()).toEqual(whole.current());
  });

  it('is signed over every field, and read back from a witness’s copy as it was', () => {
    const digest = new LogDigest();
    for (const event of log) digest.addEvent(event);
    const seal = makeSeal(digest.current(), new Date('2026-03-04T00:00:00Z'), signer);
    expect(seal).toMatchObject({
      kind: 'supervision-ledger-seal',
      version: 1,
      position: '1-3',
      count: 3,
      digestAlgorithm: 'sha256-rolling-v1',
      sealedAt: '2026-03-04T00:00:00.000Z',
    });
    const kept = parseSeal(JSON.stringify(seal));
    expect(checkSeal(kept, signer.publicKeyPem)).toMatchObject({ ok: true });
    expect(sealClaim(kept)).toEqual({ position: { commit: 1n, prepare: 3n }, digest: seal.digest });
    for (const change of [
      { count: 2 },
      { position: '1-2' },
      { sealedAt: '2026-03-05T00:00:00.000Z' },
      { digest: 'b'.repeat(64) },
    ]) {
      expect(checkSeal({ ...kept, ...change }, signer.publicKeyPem)).toMatchObject({ ok: false });
    }
    expect(checkSeal(kept, createLedgerSigner(newKey()).publicKeyPem)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not by the key given'),
    });
  });

  it('refuses to read what is not a seal', () => {
    expect(() => parseSeal('{"kind":"manifest"}')).toThrow(/not a supervision-ledger-seal/);
    expect(() =>
      parseSeal(
        JSON.stringify({
          kind: 'supervision-ledger-seal',
          version: 1,
          digestAlgorithm: 'sha256-rolling-v1',
          position: 'x',
          count: 1,
          digest: 'a'.repeat(64),
        }),
      ),
    ).toThrow(/position/);
  });
});
