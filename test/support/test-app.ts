/** Starts the real API over HTTP on a fresh database of the run's embedded PostgreSQL, with a clock the test moves. */
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createLedgerSigner, type LedgerSigner } from '@app/audit';
import { createTestDatabase, settledHead } from '@app/testing';
import {
  EVENT_STORE,
  type DatabaseTimeouts,
  type EventStore,
  type GlobalPosition,
  type RecordedEvent,
} from '@app/event-store';
import { createApp } from '../../apps/api/src/create-app';
import type { SealSettings } from '../../apps/api/src/audit';
import type { AppModuleOptions } from '../../apps/api/src/app.module';
import { TokenVerifier, type TokenSettings } from '../../apps/api/src/auth/token-verifier';
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings, type LogLevelName, type ProjectorSettings } from '@app/runtime';
import type { Clock } from '@app/supervision';
import type { ProjectorOptionsInput } from '@app/projector';
import type { NotifierSettings } from '@app/notifier';

export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface TestApp {
  readonly url: string;
  readonly app: INestApplication;
  readonly clock: TestClock;
  readonly databaseUrl: string;
  readonly store: EventStore;
  readonly tokens: TokenSettings;
  /** The ledger's signing key this app signs with. */
  readonly signer: LedgerSigner;
  readonly signingKeyPem: string;
  tokenFor(claims: TokenClaims, expiresIn?: string): string;
  /** Restarts the app on the same database (to prove what survives a restart). */
  restart(): Promise<TestApp>;
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** The log's head once every event committed so far shows to readers (see libs/testing/src/visible-head.ts). */
  settledHead(): Promise<GlobalPosition>;
  close(): Promise<void>;
}

/**
 * The app's defaults, but for the heavy budget: suites replay the log and verify it many times a
 * minute as one auditor. test/security/resource-consumption.e2e-spec.ts sets and tests a small one.
 */
export const TEST_HTTP_SETTINGS: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, heavyRateLimitPerMinute: 1_000_000 };

/** Small batches and short waits, so specs see the projector's effects quickly. */
export const TEST_PROJECTOR_OPTIONS: ProjectorOptionsInput = {
  batchWindowMs: 5,
  idleMs: 20,
  retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 50 },
  restartDelayMs: 20,
};

export interface TestAppOptions {
  readonly databaseUrl?: string;
  readonly now?: string;
  readonly tokens?: TokenSettings;
  /** Defaults to the embedded projector with every registered read model. */
  readonly projector?: ProjectorSettings;
  /** CORS allow-list and rate limits, over the app's defaults (with TEST_HTTP_SETTINGS' heavy budget). */
  readonly http?: Partial<HttpSettings>;
  /** Connection and query limits of the event store's and the read models' pools (the app's defaults otherwise). */
  readonly databaseTimeouts?: DatabaseTimeouts;
  /** Log at this level (into whatever captureLogs points the log at); nothing is logged by default. */
  readonly logLevel?: LogLevelName;
  /** Sealing the log (off unless given). */
  readonly seals?: SealSettings;
  /** The ledger's signing key; a fresh Ed25519 key per app (kept across restart()) by default. */
  readonly signingKeyPem?: string;
  /** LEDGER_HASH_ALGORITHM as given (unset: SM3 for a new ledger signing with SM2, else SHA-256). */
  readonly hashAlgorithm?: 'sha256' | 'sm3';
  /** The demo sign-in, on as in the embedded demo unless false (test/console/demo-sign-in.e2e-spec.ts turns it off). */
  readonly demoSignIn?: boolean;
  /** The notifier beside the embedded projector (off unless given: test/notifications turns it on). */
  readonly notifier?: NotifierSettings;
  /** The console's OpenID Connect client (test/console/oidc-sign-in.e2e-spec.ts, against a provider it starts). */
  readonly consoleOidc?: AppModuleOptions['consoleOidc'];
  /** Evidence files' limits and store (PostgreSQL with the defaults unless given: test/evidence runs them on S3 too). */
  readonly evidence?: AppModuleOptions['evidence'];
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase('e2e'));
  const clock = new TestClock(new Date(options.now ?? '2026-03-02T09:00:00+08:00'));
  const tokens = options.tokens ?? { secret: randomBytes(32).toString('hex') };
  const projector = options.projector ?? { runInProcess: true, options: TEST_PROJECTOR_OPTIONS };
  const timeouts = options.databaseTimeouts;
  const signingKeyPem =
    options.signingKeyPem ??
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const ledgerSigner = createLedgerSigner(signingKeyPem);
  const app = await createApp(
    {
      databaseUrl,
      eventStore: { kind: 'postgres', url: databaseUrl, ...(timeouts ? { timeouts } : {}) },
      tokens,
      clock,
      projector,
      signer: ledgerSigner,
      ...(options.hashAlgorithm ? { hashAlgorithm: options.hashAlgorithm } : {}),
      ...(options.seals ? { seals: options.seals } : {}),
      http: { ...TEST_HTTP_SETTINGS, ...options.http },
      ...(timeouts ? { databaseTimeouts: timeouts } : {}),
      demoSignIn: options.demoSignIn ?? true,
      ...(options.notifier ? { notifier: options.notifier } : {}),
      ...(options.consoleOidc ? { consoleOidc: options.consoleOidc } : {}),
      ...(options.evidence ? { evidence: options.evidence } : {}),
    },
    options.logLevel ?? false,
  );
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const signer = new TokenVerifier(new JwtService({}), tokens);
  const store = app.get<EventStore>(EVENT_STORE);
  const testApp: TestApp = {
    url,
    app,
    clock,
    databaseUrl,
    store,
    tokens,
    signer: ledgerSigner,
    signingKeyPem,
    tokenFor: (claims, expiresIn) => signer.sign(claims, expiresIn),
    restart: async () => {
      await app.close();
      return startTestApp({
        databaseUrl,
        now: clock.now().toISOString(),
        tokens,
        projector,
        signingKeyPem,
        ...(options.hashAlgorithm ? { hashAlgorithm: options.hashAlgorithm } : {}),
        ...(options.seals ? { seals: options.seals } : {}),
        ...(options.http ? { http: options.http } : {}),
        ...(timeouts ? { databaseTimeouts: timeouts } : {}),
        ...(options.demoSignIn !== undefined ? { demoSignIn: options.demoSignIn } : {}),
        ...(options.notifier ? { notifier: options.notifier } : {}),
        ...(options.evidence ? { evidence: options.evidence } : {}),
      });
    },
    readStream: async (streamId) => {
      const events: RecordedEvent[] = [];
      for await (const event of store.readStream(streamId)) events.push(event);
      return events;
    },
    settledHead: () => settledHead(store, databaseUrl),
    close: () => app.close(),
  };
  return testApp;
}
