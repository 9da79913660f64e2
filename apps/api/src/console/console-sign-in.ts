/** How the console signs its users in: the embedded demo's list of users, or the organisation's OpenID Connect provider. */

/** The console's OpenID Connect client (authorization code with PKCE: a public client, no secret). */
export interface ConsoleOidcSettings {
  /** The provider's issuer URL; the console reads its discovery document (/.well-known/openid-configuration). */
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  /** The API as a resource (RFC 8707), when the provider issues access tokens per resource; its audience is the API's JWT_AUDIENCE. */
  readonly resource?: string;
}

export const CONSOLE_OIDC = Symbol('CONSOLE_OIDC');

export const DEFAULT_OIDC_SCOPE = 'openid profile';

/** From the environment: OIDC_CLIENT_ID turns it on; the issuer defaults to JWT_ISSUER, the resource to JWT_AUDIENCE. */
export function consoleOidcFromEnv(env: NodeJS.ProcessEnv): ConsoleOidcSettings | undefined {
  const clientId = env.OIDC_CLIENT_ID || undefined;
  if (!clientId) return undefined;
  const issuer = env.OIDC_ISSUER || env.JWT_ISSUER || undefined;
  if (!issuer) throw new Error('OIDC_CLIENT_ID needs the provider: set OIDC_ISSUER (or JWT_ISSUER)');
  const resource = env.OIDC_RESOURCE || env.JWT_AUDIENCE || undefined;
  return { issuer, clientId, scope: env.OIDC_SCOPE || DEFAULT_OIDC_SCOPE, ...(resource ? { resource } : {}) };
}
