/** Verifies bearer tokens: a shared secret (HS256) or a public key (RS256/ES256), with issuer and audience when configured. */
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, type JwtVerifyOptions } from '@nestjs/jwt';
import type { Actor } from '@app/supervision';
import { actorFromClaims, type TokenClaims } from './token-claims';

export interface TokenSettings {
  readonly secret?: string;
  readonly publicKey?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export const TOKEN_SETTINGS = Symbol('TOKEN_SETTINGS');

export class InvalidToken extends Error {}

@Injectable()
export class TokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  async verify(token: string): Promise<Actor> {
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync(token, this.verifyOptions());
    } catch (error) {
      throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
    }
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') throw new InvalidToken(actor);
    return actor;
  }

  /** Signs a token (embedded mode and tests only: production tokens come from the identity provider). */
  sign(claims: TokenClaims, expiresIn = '12h'): string {
    if (!this.settings.secret) throw new Error('signing needs a local secret');
    return this.jwt.sign({ ...claims }, {
      secret: this.settings.secret,
      algorithm: 'HS256',
      expiresIn: expiresIn as never,
      ...(this.settings.issuer ? { issuer: this.settings.issuer } : {}),
      ...(this.settings.audience ? { audience: this.settings.audience } : {}),
    });
  }

  private verifyOptions(): JwtVerifyOptions {
    const common = {
      ...(this.settings.issuer ? { issuer: this.settings.issuer } : {}),
      ...(this.settings.audience ? { audience: this.settings.audience } : {}),
    };
    // Pinning the algorithms is what refuses `alg: none` and key-confusion tokens.
    if (this.settings.publicKey) return { ...common, publicKey: this.settings.publicKey, algorithms: ['RS256', 'ES256'] };
    return { ...common, secret: this.settings.secret, algorithms: ['HS256'] };
  }
}
