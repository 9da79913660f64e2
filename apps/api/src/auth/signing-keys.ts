/**
 * Which key verifies a token, chosen from configuration and the token's header: the local secret
 * for HS256; for RS256/ES256 the identity provider's key set (by `kid`, through jwks-rsa) or the
 * configured public key. Any other algorithm (`none` included) has no key, so it is refused.
 */
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { ServiceUnavailableException } from '@nestjs/common';
import type { JwtVerifyOptions } from '@nestjs/jwt';
import jwksRsa, { SigningKeyNotFoundError, type JwksClient } from 'jwks-rsa';
import { InvalidToken } from './invalid-token';
import type { TokenSettings } from './token-settings';

type Algorithm = NonNullable<JwtVerifyOptions['algorithms']>[number];
const ASYMMETRIC: readonly Algorithm[] = ['RS256', 'ES256'];

/**
 * Keys as KeyObjects, made once: given text, jsonwebtoken tries to parse it as a public key on every
 * verification and builds the secret only after that throws (a fifth of a read's CPU, measured).
 */
export interface VerificationKey {
  readonly key: KeyObject;
  readonly algorithms: Algorithm[];
}

/** The identity provider's keys, by their PEM text (jwks-rsa caches the fetch; this, the parse). */
const KEY_SET_CACHE_SIZE = 32;

export class SigningKeys {
  private readonly jwks?: JwksClient;
  private readonly secret?: KeyObject;
  private readonly publicKey?: KeyObject;
  private readonly fromKeySetByPem = new Map<string, KeyObject>();

  constructor(private readonly settings: TokenSettings) {
    if (settings.secret) this.secret = createSecretKey(Buffer.from(settings.secret, 'utf8'));
    if (settings.publicKey) this.publicKey = createPublicKey(settings.publicKey);
    if (settings.jwksUrl) {
      // Cached, and fetched at most 10 times a minute: tokens with made-up `kid`s cannot flood the provider.
      this.jwks = jwksRsa({
        jwksUri: settings.jwksUrl,
        cache: true,
        cacheMaxAge: 10 * 60_000,
        rateLimit: true,
        jwksRequestsPerMinute: 10,
        timeout: 5_000,
      });
    }
  }

  async forToken(token: string): Promise<VerificationKey> {
    const header = headerOf(token);
    const alg = header.alg as Algorithm;
    if (alg === 'HS256' && this.secret) return { key: this.secret, algorithms: ['HS256'] };
    if (ASYMMETRIC.includes(alg)) {
      if (this.jwks) return { key: this.keyObjectOf(await this.fromKeySet(header.kid)), algorithms: [alg] };
      if (this.publicKey) return { key: this.publicKey, algorithms: [alg] };
    }
    throw new InvalidToken(`tokens signed with ${String(header.alg).slice(0, 20)} are not accepted`);
  }

  private keyObjectOf(pem: string): KeyObject {
    let key = this.fromKeySetByPem.get(pem);
    if (!key) {
      if (this.fromKeySetByPem.size >= KEY_SET_CACHE_SIZE) this.fromKeySetByPem.clear();
      key = createPublicKey(pem);
      this.fromKeySetByPem.set(pem, key);
    }
    return key;
  }

  private async fromKeySet(kid: string | undefined): Promise<string> {
    try {
      return (await this.jwks!.getSigningKey(kid)).getPublicKey();
    } catch (error) {
      if (error instanceof SigningKeyNotFoundError)
        throw new InvalidToken('no key of the identity provider matches the token');
      // The provider cannot be reached: not the caller's fault, and not a reason to let them in.
      throw new ServiceUnavailableException({
        code: 'IDENTITY_PROVIDER_UNAVAILABLE',
        message: 'the identity provider’s keys cannot be fetched; retry later',
      });
    }
  }
}

function headerOf(token: string): { alg?: unknown; kid?: string } {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
    if (typeof header === 'object' && header !== null && !Array.isArray(header)) {
      const { alg, kid } = header as Record<string, unknown>;
      return { alg, kid: typeof kid === 'string' ? kid : undefined };
    }
  } catch {
    // falls through to the refusal below
  }
  throw new InvalidToken('the token is not a well-formed JWT');
}
