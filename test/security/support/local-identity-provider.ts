/**
 * A stand-in identity provider on 127.0.0.1: it serves a JSON Web Key Set of freshly generated keys
 * and signs tokens with them, so the JWKS path is tested without any outside network.
 */
import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalIdentityProvider {
  readonly jwksUrl: string;
  readonly publicKeyPem: string;
  /** Signs with the EC key published under EC_KID (ES256). */
  signEs256(claims: object): string;
  /** Signs with the key published under `kid` (RS256). */
  sign(
    claims: object,
    options?: {
      kid?: string;
      expiresIn?: string;
      issuer?: string;
      audience?: string;
      withKey?: KeyObject;
      header?: Record<string, string>;
    },
  ): string;
  /** A key that is not in the set, to forge with. */
  readonly strangerKey: KeyObject;
  readonly requests: () => number;
  close(): Promise<void>;
}

export const PUBLISHED_KID = 'ledger-idp-2026';
export const EC_KID = 'ledger-idp-2026-ec';

export async function startLocalIdentityProvider(defaults: {
  issuer: string;
  audience: string;
}): Promise<LocalIdentityProvider> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: PUBLISHED_KID, alg: 'RS256', use: 'sig' };
  const ecJwk = { ...ec.publicKey.export({ format: 'jwk' }), kid: EC_KID, alg: 'ES256', use: 'sig' };
  let requests = 0;
  const server: Server = createServer((_, response) => {
    requests += 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk, ecJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const jwt = new JwtService({});
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    strangerKey: stranger.privateKey,
    requests: () => requests,
    signEs256: (claims) =>
      jwt.sign(
        { ...claims },
        {
          privateKey: ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
          algorithm: 'ES256',
          keyid: EC_KID,
          expiresIn: '5m',
          issuer: defaults.issuer,
          audience: defaults.audience,
        },
      ),
    sign: (claims, options = {}) =>
      jwt.sign({ ...claims }, {
        privateKey: (options.withKey ?? privateKey).export({ format: 'pem', type: 'pkcs8' }).toString(),
        algorithm: 'RS256',
        keyid: options.kid ?? PUBLISHED_KID,
        expiresIn: (options.expiresIn ?? '5m') as never,
        issuer: options.issuer ?? defaults.issuer,
        audience: options.audience ?? defaults.audience,
        ...(options.header ? { header: { alg: 'RS256', kid: options.kid ?? PUBLISHED_KID, ...options.header } } : {}),
      } as never),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A token with `alg: none` and no signature: what an attacker sends first. */
export function unsignedToken(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 300 })}.`;
}
