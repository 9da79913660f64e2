import { failureSummary, publicHealthReport } from '../../src/health/health-report';

describe('the health report a caller sees', () => {
  const down = {
    status: 'error' as const,
    info: { database: { status: 'up' as const } },
    error: { eventStore: { status: 'down' as const, message: 'connect ECONNREFUSED 10.2.3.4:2113 (user admin)' } },
    details: {
      database: { status: 'up' as const },
      eventStore: { status: 'down' as const, message: 'connect ECONNREFUSED 10.2.3.4:2113 (user admin)' },
    },
  };

  it('names the dependency that is down, without what its driver said', () => {
    expect(publicHealthReport(down)).toEqual({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { eventStore: { status: 'down' } },
      details: { database: { status: 'up' }, eventStore: { status: 'down' } },
    });
  });

  it('keeps the driver’s message for the operator’s log, on one line', () => {
    const multiline = {
      ...down,
      error: { eventStore: { status: 'down' as const, message: 'refused\nERROR [Health] forged' } },
    };
    expect(failureSummary(down)).toBe(
      'health check failed: eventStore (connect ECONNREFUSED 10.2.3.4:2113 (user admin))',
    );
    expect(failureSummary(multiline)).toBe('health check failed: eventStore (refused ERROR [Health] forged)');
  });
});
