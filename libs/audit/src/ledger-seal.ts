/**
 * A seal: the ledger's signed statement that the log up to a position had this digest at that time.
 * Recorded every N events or M minutes and pushed to witnesses outside the system, a seal lets an
 * auditor prove the log up to it unchanged later, even against operators able to rewrite every
 * stored hash consistently (which the per-stream chains alone cannot show).
 */
import { parsePosition } from '@app/event-store';
import { checkSignature, type LedgerSignature, type LedgerSigner, type SignatureCheck } from './ledger-signature';
import { DIGEST_ALGORITHMS, isDigestText, type DigestAlgorithm, type LogDigestValue } from './log-digest';
import type { DigestClaim } from './verify-log';

export const SEAL_KIND = 'supervision-ledger-seal';
export const SEAL_VERSION = 1;

export interface LedgerSeal {
  readonly kind: typeof SEAL_KIND;
  readonly version: typeof SEAL_VERSION;
  /** The position of the last event the digest covers. */
  readonly position: string;
  readonly count: number;
  readonly digest: string;
  /** sha256-rolling-v1, or sm3-rolling-v1 in a ledger created with SM3: the ledger's hash algorithm. */
  readonly digestAlgorithm: DigestAlgorithm;
  readonly sealedAt: string;
  readonly signature: LedgerSignature;
}

export function makeSeal(value: LogDigestValue, sealedAt: Date, signer: LedgerSigner): LedgerSeal {
  const statement = {
    kind: SEAL_KIND,
    version: SEAL_VERSION,
    position: value.position,
    count: value.count,
    digest: value.digest,
    digestAlgorithm: value.algorithm,
    sealedAt: sealedAt.toISOString(),
  } as const;
  return { ...statement, signature: signer.sign(statement) };
}

/** Reads a seal as a witness kept it (JSON text); throws with what is wrong. */
export function parseSeal(text: string): LedgerSeal {
  const seal = JSON.parse(text) as LedgerSeal;
  if (seal?.kind !== SEAL_KIND || seal.version !== SEAL_VERSION)
    throw new Error(`not a ${SEAL_KIND} of version ${SEAL_VERSION}`);
  if (!DIGEST_ALGORITHMS.includes(seal.digestAlgorithm))
    throw new Error(`unknown digest algorithm ${JSON.stringify(seal.digestAlgorithm)}`);
  if (
    typeof seal.digest !== 'string' ||
    !isDigestText(seal.digest) ||
    typeof seal.position !== 'string' ||
    !parsePosition(seal.position) ||
    !Number.isSafeInteger(seal.count)
  )
    throw new Error('a seal needs a position, a count and a 64-hex digest');
  return seal;
}

/** Whether the ledger's key (PEM) signed this seal as it stands. */
export function checkSeal(seal: LedgerSeal, publicKeyPem: string): SignatureCheck {
  return checkSignature(seal, seal.signature, publicKeyPem);
}

/** What verification holds the log to: the digest the seal states at its position. */
export function sealClaim(seal: LedgerSeal): DigestClaim {
  return { position: parsePosition(seal.position)!, digest: seal.digest };
}
