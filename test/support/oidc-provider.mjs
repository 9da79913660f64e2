/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the console's production sign-in
 * spec, run as its own process (the package is an ES module; jest's loader is not). It knows the
 * demo's users by their subject, signs in any of them with any password (its development login
 * form), requires PKCE of the console's public client, and issues JWT access tokens for the API as a
 * resource (RFC 8707) carrying the role and unit the API reads. It prints one JSON line when ready.
 *
 *   node test/support/oidc-provider.mjs <port> <console origin> <api audience>
 */
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const [port, consoleOrigin, audience] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const ACCOUNTS = {
  'duban-office': { role: 'supervisor', name: '督办办公室' },
  'dept-9-staff': { role: 'unit', unit: 'dept-9', name: '第九检察厅工作人员' },
  'inspection-auditor': { role: 'auditor', name: '巡视/纪检' },
};

const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'ledger-console',
      token_endpoint_auth_method: 'none',
      redirect_uris: [`${consoleOrigin}/sign-in/callback`],
      post_logout_redirect_uris: [`${consoleOrigin}/sign-in`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  jwks: { keys: [{ ...key, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: ['console-oidc-spec'] },
  claims: { openid: ['sub'], profile: ['name', 'role', 'unit'] },
  // The console reads who signed in from the ID token, not from userinfo (its access token is the API's).
  conformIdTokenClaims: false,
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  async extraTokenClaims(_ctx, token) {
    const account = ACCOUNTS[token.accountId];
    return account && token.kind === 'AccessToken'
      ? { role: account.role, ...(account.unit ? { unit: account.unit } : {}) }
      : undefined;
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'ledger',
        audience,
        accessTokenFormat: 'jwt',
        accessTokenTTL: 3600,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
});

const server = provider.listen(Number(port), '127.0.0.1', () =>
  process.stdout.write(`${JSON.stringify({ issuer })}\n`),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
