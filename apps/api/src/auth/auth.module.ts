/** Bearer tokens: how they are verified (and, for the demo and the CLI, signed), for the guards of every module. */
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TOKEN_SETTINGS, TokenVerifier, type TokenSettings } from './token-verifier';

@Global()
@Module({})
export class AuthModule {
  static register(tokens: TokenSettings): DynamicModule {
    return {
      module: AuthModule,
      imports: [JwtModule.register({})],
      providers: [{ provide: TOKEN_SETTINGS, useValue: tokens }, TokenVerifier],
      exports: [TokenVerifier],
    };
  }
}
