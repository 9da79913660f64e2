/**
 * The ledger's signatures on what it hands auditors (export manifests, digests, seals), over the
 * RFC 8785 form of the statement: Ed25519 through node:crypto by default, or, for deployments
 * assessed against GB/T 39786, SM2 with SM3 (GB/T 32918, the default user id of GM/T 0009) through
 * sm-crypto: node's own sign() on an SM2-curve key is ECDSA, not SM2 (it leaves out Z_A), and its
 * signatures do not verify as SM2. The key decides the algorithm. A key is named by the hash of its
 * public key (SubjectPublicKeyInfo DER; SHA-256 for Ed25519, SM3 for SM2), so an auditor holding the
 * public key can tell "signed by another key" from "altered".
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import { sm2 } from 'sm-crypto';

export const SIGNATURE_ALGORITHMS = ['ed25519', 'sm2-sm3'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export interface LedgerSignature {
  readonly algorithm: SignatureAlgorithm;
  /** SHA-256 of the public key (SPKI DER), hex: which key signed. */
  readonly keyId: string;
  /** Base64 signature over the RFC 8785 form of the statement without its `signature` field. */
  readonly value: string;
}

export interface LedgerSigner {
  readonly algorithm: SignatureAlgorithm;
  readonly keyId: string;
  /** PEM (SPKI): what GET /api/audit/keys publishes. */
  readonly publicKeyPem: string;
  sign(statement: object): LedgerSignature;
}

export function createLedgerSigner(privateKeyPem: string): LedgerSigner {
  const key = privateKeyOf(privateKeyPem);
  const publicKeyPem = pemOf(key.spki);
  const keyId = keyIdOf(publicKeyPem);
  return {
    algorithm: key.algorithm,
    keyId,
    publicKeyPem,
    sign: (statement) => ({ algorithm: key.algorithm, keyId, value: key.sign(signedBytes(statement)) }),
  };
}

/** The hash of the public key (SPKI DER) that names it: SHA-256 for Ed25519, SM3 for SM2. */
export function keyIdOf(publicKey: KeyObject | string): string {
  const key =
    typeof publicKey === 'string'
      ? publicKeyOf(publicKey)
      : { algorithm: algorithmOf(publicKey), spki: publicKey.export({ type: 'spki', format: 'der' }) };
  return createHash(key.algorithm === 'sm2-sm3' ? 'sm3' : 'sha256')
    .update(key.spki)
    .digest('hex');
}

export type SignatureCheck =
  { readonly ok: true; readonly keyId: string } | { readonly ok: false; readonly reason: string };

/** Checks a statement's signature with a public key the auditor holds (PEM). */
export function checkSignature(
  statement: object,
  signature: LedgerSignature | undefined,
  publicKeyPem: string,
): SignatureCheck {
  if (!signature) return { ok: false, reason: 'it carries no signature' };
  const publicKey = publicKeyOf(publicKeyPem);
  const keyId = keyIdOf(publicKeyPem);
  if (signature.keyId !== keyId)
    return { ok: false, reason: `it is signed by key ${signature.keyId}, not by the key given (${keyId})` };
  if (signature.algorithm !== publicKey.algorithm)
    return {
      ok: false,
      reason: `it is signed with ${signature.algorithm}, the key given is for ${publicKey.algorithm}`,
    };
  const valid = publicKey.verify(signedBytes(statement), Buffer.from(signature.value, 'base64'));
  return valid
    ? { ok: true, keyId }
    : { ok: false, reason: 'its signature does not verify with the key given: it was altered after signing' };
}

/*
 * SM2 keys are read from their DER here, not through node's KeyObject: node 20 loads an SM2 key as a
 * key of no known type, signs with it as ECDSA, and aborts the process when asked to export it.
 */
const SM2_CURVE_OID = Buffer.from('06082a811ccf5501822d', 'hex');
/** SubjectPublicKeyInfo of an SM2 key up to the point: id-ecPublicKey, the SM2 curve, a BIT STRING of 66 bytes. */
const SM2_SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

interface PrivateKeyMaterial {
  readonly algorithm: SignatureAlgorithm;
  readonly spki: Buffer;
  sign(bytes: Buffer): string;
}

interface PublicKeyMaterial {
  readonly algorithm: SignatureAlgorithm;
  readonly spki: Buffer;
  verify(bytes: Buffer, signature: Buffer): boolean;
}

function privateKeyOf(pem: string): PrivateKeyMaterial {
  const der = derOf(pem);
  if (der && der.includes(SM2_CURVE_OID)) {
    const at = der.indexOf(Buffer.from([0x02, 0x01, 0x01, 0x04, 0x20]));
    if (at < 0) throw new Error('not an SM2 private key in PKCS#8 or SEC 1 form');
    const d = der.subarray(at + 5, at + 37).toString('hex');
    const point = sm2.getPublicKeyFromPrivateKey(d);
    const spki = Buffer.concat([SM2_SPKI_PREFIX, Buffer.from(point, 'hex')]);
    return {
      algorithm: 'sm2-sm3',
      spki,
      sign: (bytes) =>
        Buffer.from(sm2.doSignature([...bytes], d, { der: true, hash: true, publicKey: point }), 'hex').toString(
          'base64',
        ),
    };
  }
  const privateKey = createPrivateKey(pem);
  const algorithm = algorithmOf(privateKey);
  return {
    algorithm,
    spki: createPublicKey(privateKey).export({ type: 'spki', format: 'der' }),
    sign: (bytes) => sign(null, bytes, privateKey).toString('base64'),
  };
}

function publicKeyOf(pem: string): PublicKeyMaterial {
  const der = derOf(pem);
  if (der && der.includes(SM2_CURVE_OID)) {
    if (der.length !== SM2_SPKI_PREFIX.length + 65 || !der.subarray(0, SM2_SPKI_PREFIX.length).equals(SM2_SPKI_PREFIX))
      throw new Error('not an SM2 public key in SubjectPublicKeyInfo form');
    const point = der.subarray(SM2_SPKI_PREFIX.length).toString('hex');
    return {
      algorithm: 'sm2-sm3',
      spki: der,
      verify: (bytes, signature) =>
        sm2.doVerifySignature([...bytes], signature.toString('hex'), point, { der: true, hash: true }),
    };
  }
  const publicKey = createPublicKey(pem);
  const algorithm = algorithmOf(publicKey);
  return {
    algorithm,
    spki: publicKey.export({ type: 'spki', format: 'der' }),
    verify: (bytes, signature) => verify(null, bytes, publicKey, signature),
  };
}

/** The DER inside a PEM block; undefined when the text is no PEM (node then says what it is not). */
function derOf(pem: string): Buffer | undefined {
  const match = /-----BEGIN [A-Z0-9 ]+-----([\s\S]*?)-----END [A-Z0-9 ]+-----/.exec(pem);
  return match ? Buffer.from(match[1].replace(/\s+/g, ''), 'base64') : undefined;
}

function pemOf(spki: Buffer): string {
  const lines = spki.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** What is signed: the statement without its signature, in RFC 8785 form. */
function signedBytes(statement: object): Buffer {
  const { signature: _ignored, ...rest } = statement as { signature?: unknown };
  return Buffer.from(canonicalize(rest), 'utf8');
}

function algorithmOf(key: KeyObject): SignatureAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519';
  throw new Error(`the ledger signs with ${SIGNATURE_ALGORITHMS.join(', ')}, not ${key.asymmetricKeyType ?? key.type}`);
}
