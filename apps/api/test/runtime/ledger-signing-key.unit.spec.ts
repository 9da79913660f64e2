import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_SIGNING_KEY_FILE, resolveLedgerSigner } from '../../src/runtime/ledger-signing-key';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const folder = () => mkdtempSync(join(tmpdir(), 'ledger-key-'));

describe('the ledger’s signing key', () => {
  it('is made once in the embedded mode and kept in the data folder, readable by its owner only', () => {
    const dataDir = folder();
    const first = resolveLedgerSigner({ production: false, dataDir, signing: {} });
    expect(statSync(join(dataDir, LOCAL_SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveLedgerSigner({ production: false, dataDir, signing: {} }).keyId).toBe(first.keyId);
  });

  it('comes from LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE when given', () => {
    const key = pem();
    const file = join(folder(), 'key.pem');
    writeFileSync(file, key);
    const fromText = resolveLedgerSigner({ production: true, dataDir: folder(), signing: { privateKey: key } });
    expect(resolveLedgerSigner({ production: true, dataDir: folder(), signing: { privateKeyFile: file } }).keyId).toBe(
      fromText.keyId,
    );
  });

  it('is required in production: no generated key signs a production export', () => {
    expect(() => resolveLedgerSigner({ production: true, dataDir: folder(), signing: {} })).toThrow(
      /NODE_ENV=production needs LEDGER_SIGNING_KEY/,
    );
  });

  it('refuses a key that is not Ed25519 without echoing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    let message = '';
    try {
      resolveLedgerSigner({ production: true, dataDir: folder(), signing: { privateKey: rsa } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/LEDGER_SIGNING_KEY is not an Ed25519 or SM2 private key/);
    expect(message).not.toContain('PRIVATE KEY');
  });
});
