/**
 * Verifies bearer tokens: a shared secret (HS256), a public key or the identity provider's key set
 * (RS256/ES256), with the expiry, not-before, issuer and audience checked.
 */
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, type JwtVerifyOptions } from '@nestjs/jwt';
import { verify as verifyJwt } from 'jsonwebtoken';
import type { Actor } from '@app/supervision';
import { InvalidToken } from './invalid-token';
import { signToken } from './sign-token';
import { SigningKeys } from './signing-keys';
import { actorFromClaims, type TokenClaims } from './token-claims';
import { TOKEN_SETTINGS, type TokenSettings } from './token-settings';
import { VerifiedTokens } from './verified-tokens';

export { InvalidToken, TOKEN_SETTINGS, type TokenSettings };

@Injectable()
export class TokenVerifier {
  private readonly keys: SigningKeys;
  private readonly perRequest = new WeakMap<object, { readonly token: string; readonly actor: Promise<Actor> }>();
  /** The same token on the next request is not verified again until it expires (or a minute has passed). */
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly jwt: JwtService,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {
    this.keys = new SigningKeys(settings);
  }

  /**
   * The verification of a request's token, done once however many guards ask (the request budget's
   * and the bearer guard both need the actor): the same promise, so the same answer or the same refusal.
   */
  verifyForRequest(request: object, token: string): Promise<Actor> {
    const earlier = this.perRequest.get(request);
    if (earlier && earlier.token === token) return earlier.actor;
    const actor = this.verify(token);
    this.perRequest.set(request, { token, actor });
    return actor;
  }

  async verify(token: string): Promise<Actor> {
    const earlier = this.verified.actorOf(token);
    if (earlier) return earlier;
    const { key, algorithms } = await this.keys.forToken(token);
    let claims: Record<string, unknown>;
    try {
      // Pinning the algorithm to the key's kind is what refuses `alg: none` and key-confusion tokens.
      // jsonwebtoken itself, as JwtService would call it, but with the key as a KeyObject (signing-keys.ts).
      claims = verifyJwt(token, key, { ...this.expectedClaims(), algorithms, complete: false }) as Record<
        string,
        unknown
      >;
    } catch (error) {
      // jsonwebtoken's reasons ("jwt expired", "invalid signature", "jwt audience invalid"), without the expected values.
      throw new InvalidToken(error instanceof Error ? error.message.replace(/\. expected: .*$/s, '') : 'invalid token');
    }
    // A token without an expiry would be good forever once leaked.
    if (typeof claims.exp !== 'number') throw new InvalidToken('the token has no expiry (exp)');
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') throw new InvalidToken(actor);
    this.verified.remember(token, actor, claims.exp);
    return actor;
  }

  /** Signs a token (embedded mode and tests only: production tokens come from the identity provider). */
  sign(claims: TokenClaims, expiresIn = '12h'): string {
    return signToken(claims, this.settings, expiresIn);
  }

  private expectedClaims(): JwtVerifyOptions {
    return {
      ...(this.settings.issuer ? { issuer: this.settings.issuer } : {}),
      ...(this.settings.audience ? { audience: this.settings.audience } : {}),
    };
  }
}
