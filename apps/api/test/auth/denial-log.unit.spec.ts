import { ConsoleLogger, Logger } from '@nestjs/common';
import { logLevelsFor } from '@app/runtime';
import { logDeniedAttempt, routeOf } from '../../src/auth/denial-log';

describe('the log line of a refused attempt', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void lines.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());

  it('names the route, the actor with their unit, the code and the reason', () => {
    logDeniedAttempt({
      actor: { userId: 'dept-6-staff', role: 'unit', unitId: 'dept-6' },
      route: 'POST /api/tasks/t-1/acknowledge',
      code: 'LEAD_UNIT_ONLY',
      reason: '只有牵头单位可以签收',
    });
    expect(lines).toEqual([
      'denied POST /api/tasks/t-1/acknowledge user=dept-6-staff role=unit unit=dept-6 code=LEAD_UNIT_ONLY reason="只有牵头单位可以签收"',
    ]);
  });

  it('says when nobody was authenticated', () => {
    logDeniedAttempt({ route: 'GET /api/tasks', code: 'TOKEN_MISSING', reason: 'a bearer token is required' });
    expect(lines[0]).toContain('user=(unauthenticated) code=TOKEN_MISSING');
  });

  it('stays one line whatever a token’s subject or a reason holds', () => {
    logDeniedAttempt({
      actor: { userId: 'x\nWARN [Auth] forged line', role: 'reader' },
      route: 'GET /x',
      code: 'ROLE_NOT_ALLOWED',
      reason: 'a\nb',
    });
    expect(lines[0]).toContain('user=x?WARN [Auth] forged line role=reader');
    expect(lines[0]).not.toContain('\n');
  });

  it('leaves the query string out of the route (it may carry search text)', () => {
    expect(routeOf({ method: 'GET', originalUrl: '/api/tasks?q=%E6%9C%AA%E6%88%90%E5%B9%B4' })).toBe('GET /api/tasks');
  });
});

describe('the security trail under the quietest LOG_LEVEL', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    Logger.overrideLogger(new ConsoleLogger());
  });

  it('still writes a refusal when LOG_LEVEL=error lets nothing below errors through', () => {
    const written: string[] = [];
    for (const stream of [process.stdout, process.stderr])
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    Logger.overrideLogger(new ConsoleLogger({ logLevels: logLevelsFor('error'), colors: false }));
    new Logger('Anything').warn('a warning LOG_LEVEL=error drops');
    logDeniedAttempt({ route: 'GET /api/tasks', code: 'TOKEN_INVALID', reason: 'the token does not verify' });
    expect(written).toEqual([
      expect.stringMatching(
        /ERROR \[AccessDenied\] denied GET \/api\/tasks user=\(unauthenticated\) code=TOKEN_INVALID/,
      ),
    ]);
  });
});
