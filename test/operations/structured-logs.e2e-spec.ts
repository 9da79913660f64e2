/**
 * The log is JSON through pino: every line logged while serving a request carries its request id and
 * correlation id (refusals too), a bearer token never shows, and Nest's route-mapping lines are debug.
 */
import { Writable } from 'node:stream';
import { captureLogs } from '@app/runtime';
import { get } from '../support/http-client';
import { READER } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

interface LogLine {
  level: number;
  msg: string;
  context?: string;
  requestId?: string;
  correlationId?: string;
  res?: { statusCode: number };
}

describe('the structured log', () => {
  let written: string[];
  let release: () => void;
  beforeEach(() => {
    written = [];
    release = captureLogs(new Writable({ write: (chunk, _encoding, done) => (written.push(String(chunk)), done()) }));
  });
  afterEach(() => release());
  const lines = (): LogLine[] =>
    written
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as LogLine);

  describe('at the default level', () => {
    let app: TestApp;
    beforeEach(async () => (app = await startTestApp({ logLevel: 'log' })));
    afterEach(() => app.close());

    it('puts the request id and the correlation id on every line of a refused request, and sends the request id back', async () => {
      const answer = await get(app.url, '/api/tasks', {
        headers: { 'X-Request-Id': 'spec-request-1', 'X-Correlation-Id': 'spec-flow-7' },
      });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('x-request-id')).toBe('spec-request-1');

      const mine = lines().filter((line) => line.requestId === 'spec-request-1');
      expect(mine.map((line) => line.context ?? line.msg)).toEqual(['AccessDenied', 'request completed']);
      expect(mine.every((line) => line.correlationId === 'spec-flow-7')).toBe(true);
      expect(mine[1]).toMatchObject({ level: 40, res: { statusCode: 401 } });
    });

    it('makes a request id when the client sends none (or a bad one), and uses it as the correlation id', async () => {
      const token = app.tokenFor(READER);
      const answer = await get(app.url, '/api/tasks', { token, headers: { 'X-Request-Id': 'has spaces' } });
      expect(answer.status).toBe(200);
      const id = answer.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const completed = lines().find((line) => line.requestId === id && line.msg === 'request completed');
      expect(completed).toMatchObject({ level: 30, correlationId: id, res: { statusCode: 200 } });
      expect(written.join('')).not.toContain(token);
    });

    it('writes JSON only, without colour codes, and no route-mapping line at info', () => {
      expect(written.join('')).not.toContain('\u001b[');
      expect(lines().filter((line) => line.context === 'RouterExplorer' || line.context === 'RoutesResolver')).toEqual(
        [],
      );
      expect(lines().some((line) => line.context === 'NestApplication' && line.level === 30)).toBe(true);
    });
  });

  it('logs the route mapping at debug', async () => {
    const app = await startTestApp({ logLevel: 'debug' });
    try {
      const mapped = lines().filter((line) => line.context === 'RouterExplorer');
      expect(mapped.length).toBeGreaterThan(20);
      expect(new Set(mapped.map((line) => line.level))).toEqual(new Set([20]));
    } finally {
      await app.close();
    }
  });
});
