/** How the console signs in (GET /api/console/config): the OIDC client, or whether the demo's sign-in is on. */
import { Module, type DynamicModule } from '@nestjs/common';
import { ConsoleConfigController, CONSOLE_DEMO_SIGN_IN } from './console-config.controller';
import { CONSOLE_OIDC, type ConsoleOidcSettings } from './console-sign-in';

@Module({})
export class ConsoleModule {
  static register(oidc: ConsoleOidcSettings | undefined, demoSignIn: boolean): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [ConsoleConfigController],
      providers: [
        { provide: CONSOLE_DEMO_SIGN_IN, useValue: demoSignIn },
        ...(oidc ? [{ provide: CONSOLE_OIDC, useValue: oidc }] : []),
      ],
    };
  }
}
