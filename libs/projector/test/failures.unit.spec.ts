import { ApplyError, backoffDelay, describeStop, isTransient, transientReason } from '../src/failures';

describe('telling poison from trouble around it', () => {
  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, 100, 1_000))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('treats lost connections, deadlocks and serialization failures as transient, even inside apply', () => {
    expect(isTransient(pgError('terminating connection', '57P01'))).toBe(true);
    expect(isTransient(new ApplyError(pgError('deadlock detected', '40P01'), []))).toBe(true);
    expect(isTransient(new ApplyError(pgError('could not serialize access', '40001'), []))).toBe(true);
    expect(isTransient(new ApplyError(pgError('connection failure', '08006'), []))).toBe(true);
    expect(isTransient(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('treats a schema that does not match the projection as transient: every event would fail the same way', () => {
    expect(transientReason(new ApplyError(pgError('column "unit_name" does not exist', '42703'), []))).toMatch(
      /^schema error.*SQLSTATE 42703$/,
    );
    expect(transientReason(new ApplyError(pgError('relation "task_board" does not exist', '42P01'), []))).toMatch(
      /^schema error.*SQLSTATE 42P01$/,
    );
    expect(isTransient(new ApplyError(pgError('function similarity(text, text) does not exist', '42883'), []))).toBe(
      true,
    );
  });

  it('treats a statement timeout or cancel and a database out of resources as transient', () => {
    expect(
      transientReason(new ApplyError(pgError('canceling statement due to statement timeout', '57014'), [])),
    ).toMatch(/timed out.*SQLSTATE 57014$/);
    expect(transientReason(new ApplyError(pgError('disk full', '53100'), []))).toMatch(
      /^insufficient resources.*SQLSTATE 53100$/,
    );
    expect(isTransient(new ApplyError(pgError('out of memory', '53200'), []))).toBe(true);
  });

  it('treats a constraint violation, a data error or a plain error from the projection as the event’s problem', () => {
    expect(isTransient(new ApplyError(pgError('null value in column', '23502'), []))).toBe(false);
    expect(isTransient(new ApplyError(pgError('invalid input syntax for type uuid', '22P02'), []))).toBe(false);
    expect(isTransient(new ApplyError(pgError('unit not found', 'P0001'), []))).toBe(false);
    expect(isTransient(new ApplyError(new TypeError('cannot read properties of undefined'), []))).toBe(false);
  });

  it('says a transient stop parks nothing, and reports a poison stop by its message alone', () => {
    expect(describeStop(new ApplyError(pgError('column "x" does not exist', '42703'), []))).toBe(
      'schema error (a table, column or function the projection expects is missing or different), SQLSTATE 42703: ' +
        'column "x" does not exist; not the event\'s fault, nothing parked, retrying',
    );
    expect(describeStop(new Error('subscription closed'))).toBe('subscription closed');
  });
});

function pgError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}
