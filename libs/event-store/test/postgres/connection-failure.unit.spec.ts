import { connectionFailureReason, isConnectionFailure } from '../../src/postgres/connection-failure';

describe('telling a connection-class failure from a request’s own', () => {
  it.each([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'ENOTFOUND',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
  ])('counts the socket error %s', (code) => {
    expect(connectionFailureReason(withCode(new Error(`connect ${code} 127.0.0.1:5432`), code))).toBe(
      `socket error ${code}`,
    );
  });

  it.each(['08000', '08001', '08003', '08004', '08006', '08P01'])(
    'counts SQLSTATE %s of class 08 (connection exception)',
    (code) => {
      expect(connectionFailureReason(withCode(new Error('connection exception'), code))).toBe(
        `connection exception, SQLSTATE ${code}`,
      );
    },
  );

  it.each(['57P01', '57P02', '57P03', '3D000', '53300', '25P03'])(
    'counts SQLSTATE %s: the session or the server is not usable now',
    (code) => {
      expect(connectionFailureReason(withCode(new Error('terminating'), code))).toMatch(
        new RegExp(`SQLSTATE ${code}$`),
      );
    },
  );

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Query read timeout',
    'Client has encountered a connection error and is not queryable',
  ])('counts the driver’s message “%s”, which has no code', (message) => {
    expect(isConnectionFailure(new Error(message))).toBe(true);
  });

  it('looks inside TypeORM’s driverError, a cause and an AggregateError of several addresses', () => {
    expect(
      isConnectionFailure(
        Object.assign(new Error('query failed'), { driverError: withCode(new Error('read ECONNRESET'), 'ECONNRESET') }),
      ),
    ).toBe(true);
    expect(isConnectionFailure(new Error('wrapped', { cause: withCode(new Error('x'), '57P02') }))).toBe(true);
    expect(
      isConnectionFailure(
        new AggregateError([withCode(new Error('a'), 'ECONNREFUSED'), withCode(new Error('b'), 'ECONNREFUSED')], ''),
      ),
    ).toBe(true);
  });

  it('does not count a request’s own failure: a constraint, a syntax error, a statement timeout, a bug', () => {
    expect(isConnectionFailure(withCode(new Error('duplicate key value violates unique constraint'), '23505'))).toBe(
      false,
    );
    expect(isConnectionFailure(withCode(new Error('syntax error at or near'), '42601'))).toBe(false);
    expect(isConnectionFailure(withCode(new Error('canceling statement due to statement timeout'), '57014'))).toBe(
      false,
    );
    expect(isConnectionFailure(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isConnectionFailure('a string')).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
  });
});

function withCode(error: Error, code: string): Error {
  return Object.assign(error, { code });
}
