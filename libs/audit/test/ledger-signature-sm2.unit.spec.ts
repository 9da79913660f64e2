import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { sm2 } from 'sm-crypto';
import { canonicalize } from 'json-canonicalize';
import { checkSignature, createLedgerSigner, keyIdOf } from '../src/ledger-signature';

const sm2Key = () =>
  generateKeyPairSync('ec', { namedCurve: 'SM2' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ed25519Key = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** The DER inside a PEM, read by hand: node's KeyObject mishandles SM2 keys loaded from PEM. */
const derOf = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
const statement = { algorithm: 'sha256-rolling-v1', position: '812-45', count: 812, digest: 'a'.repeat(64) };

describe('a ledger created with the national cryptography option (SM2 with SM3)', () => {
  const signer = createLedgerSigner(sm2Key());

  it('signs with SM2/SM3 and names its key by the SM3 hash of the public key', () => {
    const signature = signer.sign(statement);
    expect(signature.algorithm).toBe('sm2-sm3');
    expect(signer.algorithm).toBe('sm2-sm3');
    expect(signature.keyId).toBe(createHash('sm3').update(derOf(signer.publicKeyPem)).digest('hex'));
    expect(keyIdOf(signer.publicKeyPem)).toBe(signer.keyId);
  });

  it('verifies with its public key, and fails with another SM2 key, with an Ed25519 key, and after a change', () => {
    const signed = { ...statement, signature: signer.sign(statement) };
    expect(checkSignature(signed, signed.signature, signer.publicKeyPem)).toEqual({ ok: true, keyId: signer.keyId });
    expect(checkSignature(signed, signed.signature, createLedgerSigner(sm2Key()).publicKeyPem)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not by the key given'),
    });
    expect(checkSignature(signed, signed.signature, createLedgerSigner(ed25519Key()).publicKeyPem)).toMatchObject({
      ok: false,
    });
    expect(checkSignature({ ...signed, count: 813 }, signed.signature, signer.publicKeyPem)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('altered'),
    });
  });

  it('is an SM2 signature as GB/T 32918 defines it (with Z_A), not ECDSA on the SM2 curve', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const own = createLedgerSigner(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(derOf(own.publicKeyPem)).toEqual(der);
    const point = der.subarray(der.length - 65).toString('hex');
    const bytes = [...Buffer.from(canonicalize(statement), 'utf8')];
    const signature = Buffer.from(own.sign(statement).value, 'base64').toString('hex');
    expect(sm2.doVerifySignature(bytes, signature, point, { der: true, hash: true })).toBe(true);
    // node's own sign() on this key is ECDSA with SM3: a verifier of SM2 refuses it.
    const ecdsa = sign('sm3', Buffer.from(bytes), privateKey).toString('hex');
    expect(sm2.doVerifySignature(bytes, ecdsa, point, { der: true, hash: true })).toBe(false);
  });

  it('refuses a signature claiming SM2 under an Ed25519 key: the algorithms are not mixed', () => {
    const ed = createLedgerSigner(ed25519Key());
    const signature = { ...ed.sign(statement), algorithm: 'sm2-sm3' as const };
    expect(checkSignature(statement, signature, ed.publicKeyPem)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('signed with sm2-sm3, the key given is for ed25519'),
    });
  });
});
