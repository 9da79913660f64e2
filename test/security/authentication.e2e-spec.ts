/**
 * OWASP API2 (broken authentication): a token is accepted only when it is signed by a configured
 * key (the local secret, or the identity provider's key set served over JWKS), is within its
 * validity period, and names our issuer and audience; every other token is a 401. The secret never
 * appears in a log line or an answer.
 */
import { JwtService } from '@nestjs/jwt';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { post } from '../support/http-client';
import { SUPERVISOR } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  startLocalIdentityProvider,
  unsignedToken,
  type LocalIdentityProvider,
} from './support/local-identity-provider';

const ISSUER = 'https://idp.spp.example';
const AUDIENCE = 'supervision-ledger';
const SECRET = randomBytes(32).toString('hex');

describe('authentication', () => {
  let idp: LocalIdentityProvider;
  let app: TestApp;
  let logged: string[];
  let unit = 0;
  const jwt = new JwtService({});
  const hs256 = (claims: object, options: Record<string, unknown> = {}) =>
    jwt.sign({ ...claims }, {
      secret: SECRET,
      algorithm: 'HS256',
      expiresIn: '5m',
      issuer: ISSUER,
      audience: AUDIENCE,
      ...options,
    } as never);
  /** A command only a supervisor may give: 201 proves the token was accepted as the supervisor's. */
  const registerUnit = (token: string) =>
    post(app.url, '/api/units', { unitId: `dept-auth-${++unit}`, name: '测试厅', kind: 'department' }, { token });

  beforeAll(async () => {
    logged = [];
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose', 'fatal'] as const) {
      jest
        .spyOn(Logger.prototype, level)
        .mockImplementation(
          (message: unknown, ...rest: unknown[]) => void logged.push([message, ...rest].map(String).join(' ')),
        );
    }
    idp = await startLocalIdentityProvider({ issuer: ISSUER, audience: AUDIENCE });
    app = await startTestApp({ tokens: { secret: SECRET, jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE } });
  });
  afterAll(async () => {
    await app.close();
    await idp.close();
    jest.restoreAllMocks();
  });

  describe('accepts', () => {
    it('a token signed with the local secret', async () => {
      expect((await registerUnit(app.tokenFor(SUPERVISOR))).status).toBe(201);
    });

    it('a token of the identity provider, verified with the key its JWKS publishes', async () => {
      expect((await registerUnit(idp.sign(SUPERVISOR))).status).toBe(201);
      expect(idp.requests()).toBeGreaterThanOrEqual(1);
    });

    it('an ES256 token of the identity provider, by its own key id', async () => {
      expect((await registerUnit(idp.signEs256(SUPERVISOR))).status).toBe(201);
    });
  });

  describe('refuses with 401', () => {
    const refusals: [string, () => string][] = [
      ['an expired token', () => hs256(SUPERVISOR, { expiresIn: '-10s' })],
      ['a token not valid yet', () => hs256(SUPERVISOR, { notBefore: '1h' })],
      [
        'a token signed with another secret',
        () =>
          jwt.sign({ ...SUPERVISOR }, {
            secret: randomBytes(32).toString('hex'),
            algorithm: 'HS256',
            expiresIn: '5m',
            issuer: ISSUER,
            audience: AUDIENCE,
          } as never),
      ],
      ['a token whose signature was altered', () => hs256(SUPERVISOR).slice(0, -6) + 'AAAAAA'],
      ['a token with alg none', () => unsignedToken({ ...SUPERVISOR, iss: ISSUER, aud: AUDIENCE })],
      ['a token for another audience', () => hs256(SUPERVISOR, { audience: 'another-system' })],
      ['a token from another issuer', () => hs256(SUPERVISOR, { issuer: 'https://evil.example' })],
      [
        'a token with no expiry',
        () =>
          jwt.sign({ ...SUPERVISOR }, {
            secret: SECRET,
            algorithm: 'HS256',
            issuer: ISSUER,
            audience: AUDIENCE,
          } as never),
      ],
      [
        'a token with no audience',
        () =>
          jwt.sign({ ...SUPERVISOR }, { secret: SECRET, algorithm: 'HS256', expiresIn: '5m', issuer: ISSUER } as never),
      ],
      ['a token with a role we do not know', () => hs256({ sub: 'someone', role: 'root' })],
      ['an identity provider token with an unknown key id', () => idp.sign(SUPERVISOR, { kid: 'rotated-away' })],
      [
        'a token signed with a stranger’s key under the published key id',
        () => idp.sign(SUPERVISOR, { withKey: idp.strangerKey }),
      ],
      ['an identity provider token for another audience', () => idp.sign(SUPERVISOR, { audience: 'another-system' })],
      ['an expired identity provider token', () => idp.sign(SUPERVISOR, { expiresIn: '-10s' })],
      [
        'an HS256 token keyed with the provider’s public key (key confusion)',
        () =>
          jwt.sign({ ...SUPERVISOR }, {
            secret: idp.publicKeyPem,
            algorithm: 'HS256',
            expiresIn: '5m',
            issuer: ISSUER,
            audience: AUDIENCE,
          } as never),
      ],
      ['text that is not a JWT', () => 'not-a-token'],
    ];

    it.each(refusals)('%s', async (_, tokenOf) => {
      const answer = await registerUnit(tokenOf());
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ statusCode: 401, code: 'TOKEN_INVALID' });
    });

    it('a request with no token at all', async () => {
      expect((await post(app.url, '/api/units', { name: '测试厅', kind: 'department' })).body).toMatchObject({
        statusCode: 401,
        code: 'TOKEN_MISSING',
      });
    });
  });

  it('never fetches a key from a URL a token names (jku, x5u): no request goes out on a caller’s say-so (API7)', async () => {
    const attacker = await startLocalIdentityProvider({ issuer: ISSUER, audience: AUDIENCE });
    try {
      const token = attacker.sign(SUPERVISOR, { header: { jku: attacker.jwksUrl, x5u: attacker.jwksUrl } });
      expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toMatchObject({
        jku: attacker.jwksUrl,
        kid: 'ledger-idp-2026',
      });
      expect((await registerUnit(token)).status).toBe(401);
      expect(attacker.requests()).toBe(0);
    } finally {
      await attacker.close();
    }
  });

  it('never writes the secret into a log line or an answer', async () => {
    const answer = await registerUnit(hs256(SUPERVISOR, { audience: 'another-system' }));
    expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    expect(JSON.stringify(answer.body)).not.toContain(AUDIENCE);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((line) => line.includes(SECRET))).toEqual([]);
    expect(logged.some((line) => line.includes('code=TOKEN_INVALID'))).toBe(true);
  });
});

describe('authentication with a configured public key (JWT_PUBLIC_KEY)', () => {
  it('accepts a token signed with the private key, and refuses an HS256 token keyed with the public key', async () => {
    const idp = await startLocalIdentityProvider({ issuer: ISSUER, audience: AUDIENCE });
    await idp.close(); // only its keys are used here
    const app = await startTestApp({ tokens: { publicKey: idp.publicKeyPem, issuer: ISSUER, audience: AUDIENCE } });
    try {
      expect(
        (
          await post(
            app.url,
            '/api/units',
            { unitId: 'dept-pk', name: '测试厅', kind: 'department' },
            { token: idp.sign(SUPERVISOR) },
          )
        ).status,
      ).toBe(201);
      const confused = new JwtService({}).sign({ ...SUPERVISOR }, {
        secret: idp.publicKeyPem,
        algorithm: 'HS256',
        expiresIn: '5m',
        issuer: ISSUER,
        audience: AUDIENCE,
      } as never);
      expect(
        (
          await post(
            app.url,
            '/api/units',
            { unitId: 'dept-pk2', name: '测试厅', kind: 'department' },
            { token: confused },
          )
        ).status,
      ).toBe(401);
      expect(
        (
          await post(
            app.url,
            '/api/units',
            { unitId: 'dept-pk3', name: '测试厅', kind: 'department' },
            { token: unsignedToken({ ...SUPERVISOR, iss: ISSUER, aud: AUDIENCE }) },
          )
        ).status,
      ).toBe(401);
    } finally {
      await app.close();
    }
  });
});

describe('authentication when the identity provider cannot be reached', () => {
  it('answers 503 to its tokens (never lets them in, never a 500)', async () => {
    const idp = await startLocalIdentityProvider({ issuer: ISSUER, audience: AUDIENCE });
    const jwksUrl = idp.jwksUrl;
    const token = idp.sign(SUPERVISOR);
    await idp.close();
    const app = await startTestApp({ tokens: { jwksUrl, issuer: ISSUER, audience: AUDIENCE } });
    try {
      const answer = await post(app.url, '/api/units', { name: '测试厅', kind: 'department' }, { token });
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
    } finally {
      await app.close();
    }
  });
});
