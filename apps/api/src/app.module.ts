/** The API's composition root: configuration in, modules wired. */
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DEFAULT_DATABASE_TIMEOUTS, type DatabaseTimeouts, type EventStoreConfig } from '@app/event-store';
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { TaskReadScopeGuard } from './auth/task-read-scope.guard';
import { TOKEN_SETTINGS, TokenVerifier, type TokenSettings } from './auth/token-verifier';
import { COMMAND_HANDLERS } from '@app/commands';
import { DEFAULT_HTTP_SETTINGS, LedgerMetrics, type HttpSettings, CLOCK, type Clock, EventStoreCloser, eventStoreProvider, EmbeddedProjector, PROJECTOR_SETTINGS, projectionAdminProvider, type ProjectorSettings } from '@app/runtime';
import { DirectoryController } from './directory/directory.controller';
import { HealthController, READINESS } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { ErrorsToHttpFilter } from './http/errors-to-http.filter';
import { RequestThrottleGuard, requestBudgets } from './http/request-throttle.guard';
import { PostgresThrottlerStorage } from './http/postgres-throttler-storage';
import { DataSource } from 'typeorm';
import { ProgrammesController } from './programmes/programmes.controller';
import { DeadlineWatcherHost } from '@app/deadline-watcher';
import { ProjectionOperationsController } from './projections/projection-operations.controller';
import { TaskCommandRunner } from './tasks/task-command-runner';
import { TaskLifecycleController } from './tasks/task-lifecycle.controller';
import { TaskWorkController } from './tasks/task-work.controller';
import type { LedgerSigner } from '@app/audit';
import { AUDIT_CONTROLLERS, AUDIT_PROVIDERS, LEDGER_SIGNER, SEAL_SETTINGS, SEALS_OFF, type SealSettings } from './audit';
import { DEMO_SIGN_IN, DemoModeGuard, DemoSignInController } from './demo/demo-sign-in.controller';
import { QUERY_CONTROLLERS, QUERY_PROVIDERS } from './read-side';
import { OFFICE_CONTROLLERS, OFFICE_PROVIDERS } from './office';
import { ConsoleConfigController } from './console/console-config.controller';
import { CONSOLE_OIDC, type ConsoleOidcSettings } from './console/console-sign-in';

export interface AppModuleOptions {
  readonly databaseUrl: string;
  readonly eventStore: EventStoreConfig;
  readonly tokens: TokenSettings;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
  /** The ledger's signing key: export manifests, digests and seals are signed with it. */
  readonly signer: LedgerSigner;
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
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const providers: Provider[] = [
      LedgerMetrics,
      { provide: READINESS, useValue: { maxLagEvents: options.http?.readyMaxLagEvents } },
      eventStoreProvider(options.eventStore),
      EventStoreCloser,
      { provide: CLOCK, useValue: options.clock },
      { provide: TOKEN_SETTINGS, useValue: options.tokens },
      TokenVerifier,
      // The throttle first, so requests with bad tokens are counted (per address) before the 401.
      { provide: APP_GUARD, useClass: RequestThrottleGuard },
      { provide: APP_GUARD, useClass: BearerAuthGuard },
      // After the bearer guard (it needs the actor): a unit member reads only its own units' tasks in full.
      { provide: APP_GUARD, useClass: TaskReadScopeGuard },
      { provide: APP_FILTER, useClass: ErrorsToHttpFilter },
      { provide: PROJECTOR_SETTINGS, useValue: options.projector },
      projectionAdminProvider(),
      EmbeddedProjector,
      DeadlineWatcherHost,
      TaskCommandRunner,
      { provide: LEDGER_SIGNER, useValue: options.signer },
      { provide: SEAL_SETTINGS, useValue: options.seals ?? SEALS_OFF },
      ...AUDIT_PROVIDERS,
      { provide: DEMO_SIGN_IN, useValue: options.demoSignIn === true && options.tokens.secret !== undefined },
      DemoModeGuard,
      ...(options.consoleOidc ? [{ provide: CONSOLE_OIDC, useValue: options.consoleOidc }] : []),
      ...COMMAND_HANDLERS,
      ...QUERY_PROVIDERS,
      ...OFFICE_PROVIDERS,
    ];
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        JwtModule.register({}),
        TerminusModule.forRoot({ logger: false }),
        // Every API process counts against one budget per caller, kept in the database (postgres-throttler-storage.ts).
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({ throttlers: requestBudgets(options.http ?? DEFAULT_HTTP_SETTINGS), storage: new PostgresThrottlerStorage(dataSource) }),
        }),
        TypeOrmModule.forRoot({ type: 'postgres', url: options.databaseUrl, entities: [], synchronize: false, logging: false, applicationName: 'ledger-api read-models', extra: readModelPoolOptions(options.databaseTimeouts ?? DEFAULT_DATABASE_TIMEOUTS) }),
      ],
      controllers: [HealthController, MetricsController, TaskLifecycleController, TaskWorkController, ProgrammesController, DirectoryController, ...AUDIT_CONTROLLERS, ...QUERY_CONTROLLERS, ProjectionOperationsController, ...OFFICE_CONTROLLERS, DemoSignInController, ConsoleConfigController],
      providers,
    };
  }
}

/** A stalled or vanished server fails a read in bounded time (a 503), instead of holding the request for ever. */
function readModelPoolOptions(timeouts: DatabaseTimeouts): Record<string, unknown> {
  return { connectionTimeoutMillis: timeouts.connectMs, keepAlive: true, ...(timeouts.queryMs > 0 ? { query_timeout: timeouts.queryMs } : {}) };
}
