/**
 * The ledger's hash algorithm, chosen when the ledger is created: SHA-256 by default, or SM3
 * (GB/T 32905) for deployments assessed against GB/T 39786. It hashes the chain, the log digest,
 * seals and export manifests alike. SM3 comes from node's OpenSSL when it has it, else from
 * sm-crypto (a pure implementation), so the offline verifier runs on any node.
 */
import { createHash, getHashes, hash } from 'node:crypto';
import { sm3 } from 'sm-crypto';

export const HASH_ALGORITHMS = ['sha256', 'sm3'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

export function isHashAlgorithm(text: unknown): text is HashAlgorithm {
  return HASH_ALGORITHMS.includes(text as HashAlgorithm);
}

const NODE_HAS_SM3 = getHashes().includes('sm3');

/** An incremental hash, as node's createHash gives one, for either algorithm. */
export interface LedgerHash {
  update(data: string | Buffer, encoding?: 'utf8'): LedgerHash;
  digest(encoding: 'hex'): string;
}

export function createLedgerHash(algorithm: HashAlgorithm): LedgerHash {
  if (algorithm === 'sha256' || NODE_HAS_SM3) return createHash(algorithm);
  const parts: Buffer[] = [];
  const hash: LedgerHash = {
    update: (data) => {
      parts.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      return hash;
    },
    digest: () => sm3([...Buffer.concat(parts)]),
  };
  return hash;
}

/** The hex hash of a text (UTF-8) or bytes. */
export function hashHex(algorithm: HashAlgorithm, data: string | Buffer): string {
  // Node's one-shot hash: no hash object for the one text every event of a command is hashed over.
  if (algorithm === 'sha256' || NODE_HAS_SM3) return hash(algorithm, data, 'hex');
  return createLedgerHash(algorithm).update(data, 'utf8').digest('hex');
}

/** The Nest injection token of the ledger's hash algorithm, as resolved (and recorded) when an app starts. */
export const LEDGER_HASH_ALGORITHM = Symbol('LEDGER_HASH_ALGORITHM');
