/**
 * One answer to "is this failure the connection's, not the request's?", for the event store, the read
 * side and the projector alike. A connection-class failure means the database could not be reached, or
 * the session was lost, or the server is going away: the request itself may be right, so the answer is a
 * 503 with Retry-After (never a 500), and a retry later may well succeed.
 */

/** Socket errors node raises while connecting to, or talking with, the server. */
const SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
]);

/** SQLSTATEs outside class 08 that still say "this session or server is not usable now". */
const SESSION_SQLSTATES: Readonly<Record<string, string>> = {
  '57P01': 'the server is shutting down (admin shutdown)',
  '57P02': 'the server crashed (crash shutdown)',
  '57P03': 'the server cannot accept connections now',
  '57P05': 'the session was idle too long',
  '3D000': 'the database does not exist (yet)',
  '53300': 'the server has too many connections',
  '25P03': 'the session was idle in a transaction too long',
};

/** The driver's own messages for a lost or never-made connection, which carry no code. */
const DRIVER_MESSAGES: readonly RegExp[] = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /client has encountered a connection error and is not queryable/i,
  /client was closed and is not queryable/i,
  /cannot use a pool after calling end/i,
  /connection .*closed/i,
  /server closed the connection unexpectedly/i,
];

/**
 * Why `error` is a connection-class failure, or undefined when it is not one. Follows `cause`,
 * TypeORM's `driverError` and an AggregateError's `errors` (node's connection attempts over several
 * addresses).
 */
export function connectionFailureReason(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code)) return `socket error ${code}`;
    if (code.startsWith('08')) return `connection exception, SQLSTATE ${code}`;
    const session = SESSION_SQLSTATES[code];
    if (session) return `${session}, SQLSTATE ${code}`;
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message)))
    return `connection lost: ${message}`;
  const { cause, driverError, errors } = error as { cause?: unknown; driverError?: unknown; errors?: unknown };
  const nested: unknown[] = [cause, driverError, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  for (const inner of nested) {
    if (inner === error) continue;
    const reason = connectionFailureReason(inner, depth + 1);
    if (reason) return reason;
  }
  return undefined;
}

export function isConnectionFailure(error: unknown): boolean {
  return connectionFailureReason(error) !== undefined;
}
