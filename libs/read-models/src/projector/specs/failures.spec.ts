import { ApplyError, backoffDelay, isTransient } from '../failures';

describe('telling poison from trouble around it', () => {
  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, 100, 1_000))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('treats lost connections, deadlocks and serialization failures as transient, even inside apply', () => {
    expect(isTransient(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isTransient(new ApplyError(Object.assign(new Error('deadlock detected'), { code: '40P01' }), []))).toBe(true);
    expect(isTransient(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('treats a constraint violation or a plain error from the projection as the event’s problem', () => {
    expect(isTransient(new ApplyError(Object.assign(new Error('null value in column'), { code: '23502' }), []))).toBe(false);
    expect(isTransient(new ApplyError(new TypeError('cannot read properties of undefined'), []))).toBe(false);
  });
});
