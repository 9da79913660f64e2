import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '@app/runtime';
import { resolveTokenSettings } from '../../src/runtime/token-settings';

const STRONG_SECRET = 'k'.repeat(48);

describe('choosing how tokens are verified', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-tokens-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const settingsFor = (env: NodeJS.ProcessEnv) => resolveTokenSettings(loadAppConfig({ DATA_DIR: dataDir, ...env }));

  describe('in production', () => {
    it('refuses to start with no secret, public key or key set URL', () => {
      expect(() => settingsFor({ NODE_ENV: 'production' })).toThrow(
        /NODE_ENV=production needs JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL/,
      );
    });

    it('starts with the identity provider’s key set alone, issuer and audience checked', () => {
      const env = {
        NODE_ENV: 'production',
        JWT_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
        JWT_ISSUER: 'https://idp.example.org',
        JWT_AUDIENCE: 'ledger',
      };
      expect(settingsFor(env)).toEqual({
        jwksUrl: env.JWT_JWKS_URL,
        issuer: env.JWT_ISSUER,
        audience: env.JWT_AUDIENCE,
      });
    });

    it.each([
      ['the key set', { JWT_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json' }],
      ['a public key', { JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----' }],
    ])('refuses to start with %s but no issuer or audience to tell its tokens from other applications’', (_, key) => {
      const production = { NODE_ENV: 'production', ...key };
      expect(() => settingsFor(production)).toThrow(
        /needs JWT_ISSUER and JWT_AUDIENCE \(missing: JWT_ISSUER, JWT_AUDIENCE\)/,
      );
      expect(() => settingsFor({ ...production, JWT_ISSUER: 'https://idp.example.org' })).toThrow(
        /\(missing: JWT_AUDIENCE\)/,
      );
      expect(() => settingsFor({ ...production, JWT_AUDIENCE: 'ledger' })).toThrow(/\(missing: JWT_ISSUER\)/);
    });

    it('starts with its own secret alone: no other application holds it', () => {
      expect(settingsFor({ NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET })).toEqual({ secret: STRONG_SECRET });
    });

    it('refuses a key set fetched over plain http from another machine', () => {
      expect(() => settingsFor({ NODE_ENV: 'production', JWT_JWKS_URL: 'http://idp.example.org/jwks.json' })).toThrow(
        /must use https/,
      );
    });
  });

  it('refuses a short secret, without repeating it', () => {
    const attempt = () => settingsFor({ JWT_SECRET: 'changeme' });
    expect(attempt).toThrow(/at least 32 characters/);
    expect(attempt).not.toThrow(/changeme/);
  });

  it('refuses a key set URL that is not an http(s) URL', () => {
    expect(() => settingsFor({ JWT_JWKS_URL: 'file:///etc/keys.json' })).toThrow(/http\(s\) URL/);
    expect(() => settingsFor({ JWT_JWKS_URL: 'not a url' })).toThrow(/absolute URL/);
  });

  it('outside production, accepts a key set without issuer or audience, as before', () => {
    expect(settingsFor({ JWT_JWKS_URL: 'http://localhost:9000/jwks.json' })).toMatchObject({
      jwksUrl: 'http://localhost:9000/jwks.json',
      issuer: undefined,
      audience: undefined,
    });
  });

  it('uses a configured secret as given', () => {
    expect(settingsFor({ JWT_SECRET: STRONG_SECRET })).toMatchObject({ secret: STRONG_SECRET });
  });

  it('outside production, generates a random local secret once and keeps it (never a constant)', () => {
    const first = settingsFor({}).secret;
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(settingsFor({}).secret).toBe(first);
    const elsewhere = mkdtempSync(join(tmpdir(), 'ledger-tokens-'));
    try {
      expect(resolveTokenSettings(loadAppConfig({ DATA_DIR: elsewhere })).secret).not.toBe(first);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('reading the HTTP safety settings', () => {
  it('defaults to no cross-origin access, 600 requests and 10 heavy operations a minute', () => {
    expect(loadAppConfig({}).http).toEqual({ corsOrigins: [], rateLimitPerMinute: 600, heavyRateLimitPerMinute: 10 });
  });

  it('reads an allow-list of origins and both rate limits', () => {
    const config = loadAppConfig({
      CORS_ORIGINS: 'https://board.example.org, http://localhost:5173',
      RATE_LIMIT_PER_MINUTE: '30',
      RATE_LIMIT_HEAVY_PER_MINUTE: '3',
    });
    expect(config.http).toEqual({
      corsOrigins: ['https://board.example.org', 'http://localhost:5173'],
      rateLimitPerMinute: 30,
      heavyRateLimitPerMinute: 3,
    });
  });

  it.each(['*', 'https://*.example.org', 'https://board.example.org/app', 'board.example.org'])(
    'refuses the origin %s',
    (origin) => {
      expect(() => loadAppConfig({ CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS/);
    },
  );

  it('believes X-Forwarded-For only from the proxies named in TRUST_PROXY', () => {
    expect(loadAppConfig({}).http.trustProxy).toBeUndefined();
    expect(loadAppConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadAppConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toBe('loopback,10.0.0.0/8');
    expect(() => loadAppConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it.each(['0', '-1', 'many', '1.5'])('refuses the rate limit %s', (limit) => {
    expect(() => loadAppConfig({ RATE_LIMIT_PER_MINUTE: limit })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it.each(['0', '-1', 'many', '1.5'])('refuses the heavy rate limit %s', (limit) => {
    expect(() => loadAppConfig({ RATE_LIMIT_HEAVY_PER_MINUTE: limit })).toThrow(/RATE_LIMIT_HEAVY_PER_MINUTE/);
  });
});
