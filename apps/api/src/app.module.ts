/** The API's composition root: configuration in, modules wired. */
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventStoreConfig } from '@app/event-store';
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { TOKEN_SETTINGS, TokenVerifier, type TokenSettings } from './auth/token-verifier';
import { COMMAND_HANDLERS } from './commands';
import { DirectoryController } from './directory/directory.controller';
import { HealthController } from './health/health.controller';
import { ErrorsToHttpFilter } from './http/errors-to-http.filter';
import { ProgrammesController } from './programmes/programmes.controller';
import { CLOCK, type Clock } from './runtime/clock';
import { EventStoreCloser, eventStoreProvider } from './runtime/event-store.provider';
import { EmbeddedProjector, PROJECTOR_SETTINGS, projectionAdminProvider, type ProjectorSettings } from './runtime/projector.provider';
import { TaskCommandRunner } from './tasks/task-command-runner';
import { TaskLifecycleController } from './tasks/task-lifecycle.controller';
import { TaskWorkController } from './tasks/task-work.controller';

export interface AppModuleOptions {
  readonly databaseUrl: string;
  readonly eventStore: EventStoreConfig;
  readonly tokens: TokenSettings;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const providers: Provider[] = [
      eventStoreProvider(options.eventStore),
      EventStoreCloser,
      { provide: CLOCK, useValue: options.clock },
      { provide: TOKEN_SETTINGS, useValue: options.tokens },
      TokenVerifier,
      { provide: APP_GUARD, useClass: BearerAuthGuard },
      { provide: APP_FILTER, useClass: ErrorsToHttpFilter },
      { provide: PROJECTOR_SETTINGS, useValue: options.projector },
      projectionAdminProvider(),
      EmbeddedProjector,
      TaskCommandRunner,
      ...COMMAND_HANDLERS,
    ];
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        JwtModule.register({}),
        TerminusModule.forRoot({ logger: false }),
        TypeOrmModule.forRoot({ type: 'postgres', url: options.databaseUrl, entities: [], synchronize: false, logging: false }),
      ],
      controllers: [HealthController, TaskLifecycleController, TaskWorkController, ProgrammesController, DirectoryController],
      providers,
    };
  }
}
