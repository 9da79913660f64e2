/** HTTP safety settings: which browser origins may call the API, and how many requests a user may send. */

export interface HttpSettings {
  /** Origins allowed by CORS (CORS_ORIGINS, comma-separated); empty: no cross-origin access at all. */
  readonly corsOrigins: readonly string[];
  /** Requests per authenticated user, or per client address before authentication, per minute. */
  readonly rateLimitPerMinute: number;
  /**
   * Heavy operations per user (or address) per minute, on top of the ordinary budget: the routes that
   * replay or rebuild from the whole log (proofs, exports, the board as of a moment, scratch rebuilds).
   */
  readonly heavyRateLimitPerMinute: number;
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (express's `trust proxy`):
   * absent, none is, so a caller cannot pick its own address to dodge the per-address budget.
   */
  readonly trustProxy?: string | number;
  /** GET /health/ready answers 503 while any read model is more events behind the log than this (READY_MAX_LAG_EVENTS). */
  readonly readyMaxLagEvents?: number;
}

/** A projector this far behind serves reads minutes old under load: take the instance out of rotation. */
export const DEFAULT_READY_MAX_LAG_EVENTS = 1000;

/**
 * 600 a minute per user leaves room for a busy client and the end-to-end suites (20 concurrent
 * commands), and still stops a runaway script within seconds. 10 heavy operations a minute are more
 * than an auditor clicks through, and keep one user from pinning the server with whole-log replays.
 */
export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  corsOrigins: [],
  rateLimitPerMinute: 600,
  heavyRateLimitPerMinute: 10,
};

export function loadHttpSettings(env: NodeJS.ProcessEnv): HttpSettings {
  return {
    corsOrigins: parseOrigins(env.CORS_ORIGINS ?? ''),
    rateLimitPerMinute: parsePositive(
      'RATE_LIMIT_PER_MINUTE',
      env.RATE_LIMIT_PER_MINUTE ?? String(DEFAULT_HTTP_SETTINGS.rateLimitPerMinute),
    ),
    heavyRateLimitPerMinute: parsePositive(
      'RATE_LIMIT_HEAVY_PER_MINUTE',
      env.RATE_LIMIT_HEAVY_PER_MINUTE ?? String(DEFAULT_HTTP_SETTINGS.heavyRateLimitPerMinute),
    ),
    ...(env.TRUST_PROXY ? { trustProxy: parseTrustProxy(env.TRUST_PROXY) } : {}),
    ...(env.READY_MAX_LAG_EVENTS
      ? { readyMaxLagEvents: parsePositive('READY_MAX_LAG_EVENTS', env.READY_MAX_LAG_EVENTS) }
      : {}),
  };
}

/** A hop count, or express's names and addresses (loopback, linklocal, uniquelocal, IPs, CIDRs); never `true` (every proxy). */
function parseTrustProxy(text: string): string | number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const parts = text.split(',').map((part) => part.trim());
  if (parts.every((part) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(part)))
    return parts.join(',');
  throw new Error(`TRUST_PROXY must be a hop count, loopback, linklocal, uniquelocal or proxy addresses, not ${text}`);
}

function parseOrigins(text: string): string[] {
  const origins = text
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    // An exact scheme://host[:port] only: a wildcard or a path would silently widen or break the allow-list.
    if (!/^https?:\/\/[^/*\s]+$/.test(origin))
      throw new Error(`CORS_ORIGINS must list origins like https://ledger.example.org, not ${origin}`);
  }
  return origins;
}

function parsePositive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not ${text}`);
  return value;
}
