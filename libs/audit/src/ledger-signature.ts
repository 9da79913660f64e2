/**
 * The ledger's signatures on what it hands auditors (export manifests, digests, seals): Ed25519
 * through node:crypto over the RFC 8785 form of the statement. A key is named by the SHA-256 of its
 * public key (SubjectPublicKeyInfo DER), so an auditor holding the public key can tell "signed by
 * another key" from "altered".
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';

export const SIGNATURE_ALGORITHMS = ['ed25519'] as const;
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
  const privateKey = createPrivateKey(privateKeyPem);
  const algorithm = algorithmOf(privateKey);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  return {
    algorithm,
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (statement) => ({ algorithm, keyId, value: sign(null, signedBytes(statement), privateKey).toString('base64') }),
  };
}

export function keyIdOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

export type SignatureCheck = { readonly ok: true; readonly keyId: string } | { readonly ok: false; readonly reason: string };

/** Checks a statement's signature with a public key the auditor holds (PEM). */
export function checkSignature(statement: object, signature: LedgerSignature | undefined, publicKeyPem: string): SignatureCheck {
  if (!signature) return { ok: false, reason: 'it carries no signature' };
  const publicKey = createPublicKey(publicKeyPem);
  const keyId = keyIdOf(publicKey);
  if (signature.keyId !== keyId) return { ok: false, reason: `it is signed by key ${signature.keyId}, not by the key given (${keyId})` };
  if (signature.algorithm !== algorithmOf(publicKey)) return { ok: false, reason: `it is signed with ${signature.algorithm}, the key given is for ${algorithmOf(publicKey)}` };
  const valid = verify(null, signedBytes(statement), publicKey, Buffer.from(signature.value, 'base64'));
  return valid ? { ok: true, keyId } : { ok: false, reason: 'its signature does not verify with the key given: it was altered after signing' };
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
