/** The demo sign-in (GET /api/demo/users, POST /api/demo/sign-in): answered only when the embedded demo turns it on. */
import { Module, type DynamicModule } from '@nestjs/common';
import { DEMO_SIGN_IN, DemoModeGuard, DemoSignInController } from './demo-sign-in.controller';

@Module({})
export class DemoModule {
  static register(enabled: boolean): DynamicModule {
    return {
      module: DemoModule,
      controllers: [DemoSignInController],
      providers: [{ provide: DEMO_SIGN_IN, useValue: enabled }, DemoModeGuard],
    };
  }
}
