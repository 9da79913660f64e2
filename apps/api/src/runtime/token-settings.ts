/** Decides how tokens are verified: configured key or secret, else (outside production) the local secret. */
import type { AppConfig } from '../config/app-config';
import type { TokenSettings } from '../auth/token-verifier';
import { readOrCreateLocalSecret } from './local-secret';

export function resolveTokenSettings(config: AppConfig): TokenSettings {
  const { secret, publicKey, issuer, audience } = config.auth;
  if (secret || publicKey) return { secret, publicKey, issuer, audience };
  if (config.production) {
    throw new Error('NODE_ENV=production needs JWT_SECRET or JWT_PUBLIC_KEY: refusing to start with a generated secret');
  }
  return { secret: readOrCreateLocalSecret(config.dataDir), issuer, audience };
}
