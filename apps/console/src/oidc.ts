/**
 * Production sign-in: OpenID Connect authorization code with PKCE (oidc-client-ts) against the
 * provider GET /api/console/config names. The browser goes to the provider and comes back to
 * /sign-in/callback with a one-time code (never a token) that is exchanged, with the PKCE verifier
 * kept in this tab's sessionStorage, for the tokens. The access token is the API's bearer token; it
 * is kept in memory and the tab's session (session.tsx), never in a URL. Loaded on demand: the demo
 * never downloads it.
 */
import type { Schemas } from './api/client';
import type { SignedInUser } from './session';

export type OidcConfig = Schemas['ConsoleOidcView'];

export const CALLBACK_PATH = '/sign-in/callback';

async function userManager(config: OidcConfig) {
  const { InMemoryWebStorage, UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/sign-in`,
    response_type: 'code',
    scope: config.scope,
    ...(config.resource ? { resource: config.resource } : {}),
    // The state and the PKCE verifier live only as long as the tab; the tokens are handed to the session, not kept here too.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
  });
}

/** Leaves for the provider's sign-in page. */
export async function beginOidcSignIn(config: OidcConfig): Promise<void> {
  await (await userManager(config)).signinRedirect();
}

/** Back from the provider: exchanges the code (with the PKCE verifier) and says who signed in. */
export async function completeOidcSignIn(config: OidcConfig): Promise<{ token: string; user: SignedInUser }> {
  const signedIn = await (await userManager(config)).signinRedirectCallback();
  return { token: signedIn.access_token, user: userOfClaims(signedIn.profile) };
}

/** The ID token's claims as the console shows the user: the same role and unit claims the API reads from the access token. */
export function userOfClaims(claims: Record<string, unknown>): SignedInUser {
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);
  const sub = text(claims.sub);
  const role = text(claims.role);
  if (!sub || !role || !(ROLES as readonly string[]).includes(role))
    throw new Error('身份令牌未注明用户或角色（sub、role），无法登录');
  return { userId: sub, role: role as SignedInUser['role'], unitId: text(claims.unit), name: text(claims.name) ?? sub };
}

const ROLES = [
  'supervisor',
  'leader',
  'unit',
  'auditor',
  'reader',
  'admin',
] as const satisfies readonly SignedInUser['role'][];
