/**
 * Signs a bearer token with the local secret (embedded mode and tests only: production tokens come
 * from the identity provider). Plain jsonwebtoken, which JwtService also uses, so that the token
 * command loads no framework and answers at once; TokenVerifier signs through here too.
 */
import { sign, type SignOptions } from 'jsonwebtoken';
import type { TokenClaims } from './token-claims';

export interface SigningSettings {
  readonly secret?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export function signToken(claims: TokenClaims, settings: SigningSettings, expiresIn = '12h'): string {
  if (!settings.secret) throw new Error('signing needs a local secret');
  return sign({ ...claims }, settings.secret, {
    algorithm: 'HS256',
    expiresIn: expiresIn as SignOptions['expiresIn'],
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
  });
}
