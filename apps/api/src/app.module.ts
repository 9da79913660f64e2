/** The API's composition root: configuration in, the feature modules wired on the core. */
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_DATABASE_TIMEOUTS,
  type DatabaseTimeouts,
  type EventStoreConfig,
  type HashAlgorithm,
} from '@app/event-store';
import type { LedgerSigner } from '@app/audit';
import type { Clock } from '@app/supervision';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings, type ProjectorSettings } from '@app/runtime';
import { AuditModule } from './audit/audit.module';
import { SEALS_OFF, type SealSettings } from './audit';
import { AuthModule } from './auth/auth.module';
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { TaskReadScopeGuard } from './auth/task-read-scope.guard';
import type { TokenSettings } from './auth/token-verifier';
import { DemoModule } from './demo/demo.module';
import { OperationsModule } from './health/operations.module';
import { ErrorsToHttpFilter } from './http/errors-to-http.filter';
import { PostgresThrottlerStorage } from './http/postgres-throttler-storage';
import { RequestThrottleGuard, requestBudgets } from './http/request-throttle.guard';
import { LedgerCoreModule } from './ledger-core.module';
import { OfficeModule } from './office/office.module';
import { NotificationsModule } from './notifications/notifications.module';
import type { NotifierSettings } from '@app/notifier';
import { ReadSideModule } from './query-side';
import { CommandsModule } from './tasks/commands.module';
import { DEFAULT_EVIDENCE_SETTINGS, type EvidenceSettings } from '@app/evidence';
import { EvidenceModule } from './evidence/evidence.module';
import { ConsoleModule } from './console/console.module';
import type { ConsoleOidcSettings } from './console/console-sign-in';

export interface AppModuleOptions {
  readonly databaseUrl: string;
  readonly eventStore: EventStoreConfig;
  readonly tokens: TokenSettings;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
  /** The ledger's signing key: export manifests, digests and seals are signed with it. */
  readonly signer: LedgerSigner;
  /** LEDGER_HASH_ALGORITHM as given (unset: SM3 for a new ledger signing with SM2, else SHA-256). */
  readonly hashAlgorithm?: HashAlgorithm;
  /** When to seal the log and whom to tell; default: no sealing (tests that need it turn it on). */
  readonly seals?: SealSettings;
  /** CORS allow-list and rate limits; defaults to no cross-origin access, 600 requests and 10 heavy operations a minute per user. */
  readonly http?: HttpSettings;
  /** The read models' connection and query limits (the event store has its own in `eventStore`). */
  readonly databaseTimeouts?: DatabaseTimeouts;
  /** The demo sign-in (GET /api/demo/users, POST /api/demo/sign-in): only for the embedded demo, never in production; needs the local secret. */
  readonly demoSignIn?: boolean;
  /** The console's OpenID Connect client (production sign-in); without it the console offers the demo's users, if on. */
  readonly consoleOidc?: ConsoleOidcSettings;
  /** Where the built console is (default dist/console of the checkout); not built, only the API answers. */
  readonly consoleDir?: string;
  /** The notifier (inbox, mail, webhooks, reminders), run beside the embedded projector; absent: it does not run here (the inbox still answers). */
  readonly notifier?: NotifierSettings;
  /** Evidence files: the largest taken and the media types (EVIDENCE_MAX_BYTES, EVIDENCE_MEDIA_TYPES); defaults in @app/evidence. */
  readonly evidence?: EvidenceSettings;
}

/** The feature modules on the core; what stays here is what every request passes: the guards, the error filter, the request budget. */
@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        // Every API process counts against one budget per caller, kept in the database (postgres-throttler-storage.ts).
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: requestBudgets(options.http ?? DEFAULT_HTTP_SETTINGS),
            storage: new PostgresThrottlerStorage(dataSource),
          }),
        }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          entities: [],
          synchronize: false,
          logging: false,
          applicationName: 'ledger-api read-models',
          extra: readModelPoolOptions(options.databaseTimeouts ?? DEFAULT_DATABASE_TIMEOUTS),
        }),
        LedgerCoreModule.register({
          ...options,
          hashAlgorithm: {
            explicit: options.hashAlgorithm,
            implied: options.signer.algorithm === 'sm2-sm3' ? 'sm3' : 'sha256',
          },
        }),
        AuthModule.register(options.tokens),
        OperationsModule.register(options.http?.readyMaxLagEvents),
        EvidenceModule.register(options.evidence ?? DEFAULT_EVIDENCE_SETTINGS),
        CommandsModule,
        AuditModule.register(options.signer, options.seals ?? SEALS_OFF),
        ReadSideModule,
        OfficeModule,
        NotificationsModule.register(options.notifier),
        DemoModule.register(options.demoSignIn === true && options.tokens.secret !== undefined),
        ConsoleModule.register(options.consoleOidc, options.demoSignIn === true && options.tokens.secret !== undefined),
      ],
      providers: [
        // The throttle first, so requests with bad tokens are counted (per address) before the 401.
        { provide: APP_GUARD, useClass: RequestThrottleGuard },
        { provide: APP_GUARD, useClass: BearerAuthGuard },
        // After the bearer guard (it needs the actor): a unit member reads only its own units' tasks in full.
        { provide: APP_GUARD, useClass: TaskReadScopeGuard },
        { provide: APP_FILTER, useClass: ErrorsToHttpFilter },
      ],
    };
  }
}

/** A stalled or vanished server fails a read in bounded time (a 503), instead of holding the request for ever. */
function readModelPoolOptions(timeouts: DatabaseTimeouts): Record<string, unknown> {
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    keepAlive: true,
    ...(timeouts.queryMs > 0 ? { query_timeout: timeouts.queryMs } : {}),
  };
}
