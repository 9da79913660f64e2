import { parseAsOfPoint } from '../src/as-of-point';
import { InvalidAuditQuery, matchesFilter, parseAuditFilter, positionBefore } from '../src/audit-filter';
import { acknowledged, issued, recorded } from './audit.fixtures';

function fieldRefused(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidAuditQuery) return error.field;
    throw error;
  }
  throw new Error('accepted');
}

describe('audit filters from a query', () => {
  it('reads positions, times, stream, types and actor', () => {
    const filter = parseAuditFilter({
      fromPosition: '10-2',
      toPosition: '12-0',
      stream: 'task-a',
      type: 'TaskIssued,TaskAcknowledged',
      actor: 'dept-9-staff',
      from: '2026-03-01',
      to: '2026-03-02T09:00:00+08:00',
    });
    expect(filter).toEqual({
      fromPosition: { commit: 10n, prepare: 2n },
      toPosition: { commit: 12n, prepare: 0n },
      stream: 'task-a',
      types: ['TaskIssued', 'TaskAcknowledged'],
      actor: 'dept-9-staff',
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-03-02T01:00:00Z'),
    });
  });

  it.each([
    [{ fromPosition: 'abc' }, 'fromPosition'],
    [{ toPosition: '12' }, 'toPosition'],
    [{ fromPosition: '9-1', toPosition: '8-1' }, 'fromPosition'],
    [{ from: '2026-13-45' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'from'],
    [{ actor: ['a', 'b'] }, 'actor'],
  ])('refuses %j, naming %s', (query, field) => {
    expect(fieldRefused(() => parseAuditFilter(query))).toBe(field);
  });

  it('matches actor, type and time of the act', () => {
    const [first, second] = recorded([
      issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'),
      acknowledged('a', '2026-03-02T01:00:00Z'),
    ]);
    const byUnit = parseAuditFilter({ actor: 'dept-9-staff' });
    expect([matchesFilter(first, byUnit), matchesFilter(second, byUnit)]).toEqual([false, true]);
    const firstDay = parseAuditFilter({ to: '2026-03-01T23:59:59Z', type: 'TaskIssued' });
    expect([matchesFilter(first, firstDay), matchesFilter(second, firstDay)]).toEqual([true, false]);
  });

  it('makes fromPosition inclusive by starting just before it', () => {
    expect(positionBefore({ commit: 5n, prepare: 9n })).toEqual({ commit: 5n, prepare: 8n });
    expect(positionBefore({ commit: 0n, prepare: 0n })).toBeUndefined();
  });
});

describe('an as-of point from a query', () => {
  it('takes exactly one of at, revision and position', () => {
    expect(parseAsOfPoint({ revision: '3' })).toEqual({ kind: 'revision', revision: 3n });
    expect(parseAsOfPoint({ position: '7-70' })).toEqual({ kind: 'position', position: { commit: 7n, prepare: 70n } });
    expect(parseAsOfPoint({ at: '2026-03-02T09:00:00+08:00' })).toEqual({
      kind: 'at',
      at: new Date('2026-03-02T01:00:00Z'),
    });
  });

  it.each([
    [{}, 'at'],
    [{ at: '2026-03-02', revision: '1' }, 'revision'],
    [{ revision: '-1' }, 'revision'],
    [{ at: 'soon' }, 'at'],
  ])('refuses %j, naming %s', (query, field) => {
    expect(fieldRefused(() => parseAsOfPoint(query))).toBe(field);
  });

  it('refuses a revision where only a time or a position makes sense', () => {
    expect(fieldRefused(() => parseAsOfPoint({ revision: '2' }, ['at', 'position']))).toBe('revision');
  });
});
