/** Reads the process environment once, into a typed configuration; every default is for the embedded mode. */
import { resolve } from 'node:path';
import { isHashAlgorithm, type HashAlgorithm } from '@app/event-store';
import { loadHttpSettings, type HttpSettings } from './http-settings';

export interface AppConfig {
  readonly port: number;
  readonly production: boolean;
  /** Where embedded PostgreSQL and the local signing secret live (git-ignored). */
  readonly dataDir: string;
  /** PostgreSQL for read models (and events, with the PostgreSQL store); unset = embedded server. */
  readonly databaseUrl?: string;
  readonly eventStore:
    { readonly kind: 'postgres' } | { readonly kind: 'eventstoredb'; readonly connectionString: string };
  readonly auth: {
    readonly secret?: string;
    readonly publicKey?: string;
    readonly issuer?: string;
    readonly audience?: string;
    /** The identity provider's JSON Web Key Set (RS256/ES256 keys, picked by the token's `kid`). */
    readonly jwksUrl?: string;
  };
  /** The ledger's signing key (Ed25519, PKCS#8 PEM) for export manifests, digests and seals: the text, or a file holding it. */
  readonly signing: {
    readonly privateKey?: string;
    readonly privateKeyFile?: string;
    /** LEDGER_SIGNATURE_ALGORITHM: which key the embedded mode makes when it creates the ledger (ed25519 by default, or sm2-sm3); a given key decides by itself. */
    readonly algorithm?: 'ed25519' | 'sm2-sm3';
  };
  /**
   * LEDGER_HASH_ALGORITHM (sha256 or sm3): the hash of the chain, digests, seals and manifests, chosen
   * when the ledger is created (unset: SM3 when the ledger signs with SM2, else SHA-256); an existing
   * ledger keeps its own and refuses another one given here.
   */
  readonly hashAlgorithm?: HashAlgorithm;
  readonly http: HttpSettings;
  /** Run the projector inside the API process (default); false when `npm run start:projector` runs it apart. */
  readonly runProjector: boolean;
  readonly seedDemo: boolean;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: parsePort(env.PORT ?? '3000'),
    production,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    eventStore: parseEventStore(env),
    auth: {
      secret: env.JWT_SECRET || undefined,
      publicKey: env.JWT_PUBLIC_KEY || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
    },
    signing: {
      privateKey: env.LEDGER_SIGNING_KEY || undefined,
      privateKeyFile: env.LEDGER_SIGNING_KEY_FILE || undefined,
      algorithm: signatureAlgorithm(env.LEDGER_SIGNATURE_ALGORITHM),
    },
    hashAlgorithm: hashAlgorithm(env.LEDGER_HASH_ALGORITHM),
    http: loadHttpSettings(env),
    runProjector: (env.RUN_PROJECTOR ?? 'true') === 'true',
    seedDemo: (env.SEED_DEMO ?? (production ? 'false' : 'true')) === 'true',
    logLevel: parseLogLevel(env.LOG_LEVEL ?? 'log'),
  };
}

/** EVENT_STORE names the adapter; unset (or empty), a set EVENTSTORE_CONNECTION_STRING alone means EventStoreDB, else PostgreSQL. */
function parseEventStore(env: NodeJS.ProcessEnv): AppConfig['eventStore'] {
  const connectionString = env.EVENTSTORE_CONNECTION_STRING || undefined;
  const kind = env.EVENT_STORE || (connectionString ? 'eventstoredb' : 'postgres');
  if (kind === 'postgres') return { kind };
  if (kind !== 'eventstoredb') throw new Error(`EVENT_STORE must be postgres or eventstoredb, not ${kind}`);
  if (!connectionString)
    throw new Error(
      'EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING (e.g. esdb://localhost:2113?tls=false)',
    );
  return { kind, connectionString };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${text}`);
  return port;
}

function parseLogLevel(text: string): AppConfig['logLevel'] {
  if (text === 'error' || text === 'warn' || text === 'log' || text === 'debug') return text;
  throw new Error(`LOG_LEVEL must be error, warn, log or debug, not ${text}`);
}

function hashAlgorithm(text: string | undefined): HashAlgorithm | undefined {
  if (text === undefined || text === '') return undefined;
  if (isHashAlgorithm(text)) return text;
  throw new Error(`LEDGER_HASH_ALGORITHM must be sha256 or sm3, not ${text}`);
}

function signatureAlgorithm(text: string | undefined): 'ed25519' | 'sm2-sm3' {
  if (text === undefined || text === '' || text === 'ed25519') return 'ed25519';
  if (text === 'sm2-sm3') return 'sm2-sm3';
  throw new Error(`LEDGER_SIGNATURE_ALGORITHM must be ed25519 or sm2-sm3, not ${text}`);
}
