/**
 * Decides how tokens are verified: a configured secret, public key or identity provider's key set;
 * else (outside production only) the local secret. Never logs a secret, never falls back to a constant.
 */
import type { AppConfig } from '@app/runtime';
import type { TokenSettings } from '../auth/token-settings';
import { readOrCreateLocalSecret } from './local-secret';

/** HS256 with a short secret can be brute-forced offline from one token. */
export const MIN_SECRET_LENGTH = 32;

export function resolveTokenSettings(config: AppConfig): TokenSettings {
  const { secret, publicKey, jwksUrl, issuer, audience } = config.auth;
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH)
    throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  if (jwksUrl !== undefined) checkJwksUrl(jwksUrl, config.production);
  if (config.production && (publicKey || jwksUrl)) checkIssuerAndAudience(issuer, audience);
  if (secret || publicKey || jwksUrl) return { secret, publicKey, jwksUrl, issuer, audience };
  if (config.production) {
    throw new Error(
      'NODE_ENV=production needs JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL: refusing to start with a generated secret',
    );
  }
  return { secret: readOrCreateLocalSecret(config.dataDir), issuer, audience };
}

// A shared identity provider signs tokens for many applications with the same key; only the
// issuer and audience tell ours apart, so without them another application's token, with its own
// role and unit claims, would be accepted here.
function checkIssuerAndAudience(issuer: string | undefined, audience: string | undefined): void {
  const missing = [issuer ? undefined : 'JWT_ISSUER', audience ? undefined : 'JWT_AUDIENCE'].filter(
    (name) => name !== undefined,
  );
  if (missing.length > 0) {
    throw new Error(
      `NODE_ENV=production with JWT_PUBLIC_KEY or JWT_JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE (missing: ${missing.join(', ')}): refusing to accept tokens the identity provider issued for other applications`,
    );
  }
}

function checkJwksUrl(text: string, production: boolean): void {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('JWT_JWKS_URL must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('JWT_JWKS_URL must be an http(s) URL');
  // Keys fetched in clear text could be swapped on the way; plain http only to this machine.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (production && url.protocol === 'http:' && !loopback) throw new Error('JWT_JWKS_URL must use https in production');
}
