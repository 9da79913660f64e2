import { generateKeyPairSync } from 'node:crypto';
import { checkSignature, createLedgerSigner, keyIdOf } from '../src/ledger-signature';

const newKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('the ledger’s signature', () => {
  const signer = createLedgerSigner(newKey());
  const statement = { algorithm: 'sha256-rolling-v1', position: '812-45', count: 3, digest: 'a'.repeat(64) };

  it('names its key by the SHA-256 of the public key', () => {
    expect(signer.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(keyIdOf(signer.publicKeyPem)).toBe(signer.keyId);
    expect(signer.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });

  it('verifies with the public key, whatever the key order of the statement, and with the signature inside it', () => {
    const signature = signer.sign(statement);
    expect(signature).toMatchObject({ algorithm: 'ed25519', keyId: signer.keyId, value: expect.any(String) });
    const reordered = {
      digest: statement.digest,
      count: 3,
      position: '812-45',
      algorithm: statement.algorithm,
      signature,
    };
    expect(checkSignature(reordered, signature, signer.publicKeyPem)).toEqual({ ok: true, keyId: signer.keyId });
  });

  it('fails on a statement changed after signing', () => {
    const signature = signer.sign(statement);
    expect(checkSignature({ ...statement, count: 4 }, signature, signer.publicKeyPem)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('altered'),
    });
  });

  it('fails on a statement signed by another key, naming both keys', () => {
    const other = createLedgerSigner(newKey());
    const signature = other.sign(statement);
    expect(checkSignature(statement, signature, signer.publicKeyPem)).toEqual({
      ok: false,
      reason: `it is signed by key ${other.keyId}, not by the key given (${signer.keyId})`,
    });
  });

  it('fails on an unsigned statement', () => {
    expect(checkSignature(statement, undefined, signer.publicKeyPem)).toMatchObject({
      ok: false,
      reason: 'it carries no signature',
    });
  });

  it('refuses a key of another algorithm', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    expect(() => createLedgerSigner(rsa)).toThrow(/ed25519/);
  });
});
