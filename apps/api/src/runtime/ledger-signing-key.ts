/**
 * The ledger's signing key: LEDGER_SIGNING_KEY (PEM) or LEDGER_SIGNING_KEY_FILE in production; in the
 * embedded mode a key made once and kept in the data folder, like the local token secret: Ed25519, or
 * SM2 when LEDGER_SIGNATURE_ALGORITHM=sm2-sm3 at the ledger's creation (the key file then decides).
 * Never logged.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLedgerSigner, type LedgerSigner } from '@app/audit';
import type { AppConfig } from '@app/runtime';

export const LOCAL_SIGNING_KEY_FILE = 'ledger-signing-key.pem';

export function resolveLedgerSigner(config: Pick<AppConfig, 'signing' | 'production' | 'dataDir'>): LedgerSigner {
  const { privateKey, privateKeyFile } = config.signing;
  if (privateKey !== undefined && privateKeyFile !== undefined)
    throw new Error('set LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE, not both');
  const pem = privateKey ?? (privateKeyFile !== undefined ? readFileSync(privateKeyFile, 'utf8') : undefined);
  if (pem !== undefined)
    return signerFrom(pem, privateKey !== undefined ? 'LEDGER_SIGNING_KEY' : 'LEDGER_SIGNING_KEY_FILE');
  if (config.production)
    throw new Error(
      'NODE_ENV=production needs LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE (an Ed25519 or SM2 private key, PEM): refusing to sign exports with a generated key',
    );
  return createLedgerSigner(readOrCreateLocalSigningKey(config.dataDir, config.signing.algorithm ?? 'ed25519'));
}

function signerFrom(pem: string, source: string): LedgerSigner {
  try {
    return createLedgerSigner(pem);
  } catch (error) {
    // The driver's message, never the key.
    throw new Error(`${source} is not an Ed25519 or SM2 private key in PEM: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function readOrCreateLocalSigningKey(dataDir: string, algorithm: 'ed25519' | 'sm2-sm3'): string {
  const file = join(dataDir, LOCAL_SIGNING_KEY_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } =
    algorithm === 'sm2-sm3' ? generateKeyPairSync('ec', { namedCurve: 'SM2' }) : generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // 'wx': two processes starting at once must not each write a key of their own.
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw error;
  }
}
