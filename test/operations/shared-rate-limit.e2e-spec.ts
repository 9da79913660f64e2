/**
 * Two API processes on one database share each caller's request budget: it lives in PostgreSQL, so a
 * client spreading its requests over the replicas behind a load balancer gets the limit once, not once
 * per replica.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, eventually } from '@app/testing';
import { findFreePort } from '../../libs/postgres/src/free-port';
import { get, post } from '../support/http-client';

const MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');
const LIMIT = 6;

describe('the request budget across API processes', () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(
      children
        .filter((child) => child.exitCode === null)
        .map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))),
    );
  });

  async function startApi(databaseUrl: string, secret: string): Promise<string> {
    const port = await findFreePort();
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      EVENT_STORE: 'postgres',
      EVENTSTORE_CONNECTION_STRING: '',
      JWT_SECRET: secret,
      PORT: String(port),
      RUN_PROJECTOR: 'false',
      SEED_DEMO: 'false',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      LOG_LEVEL: 'warn',
    };
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    await eventually(
      () =>
        get(url, '/health').then(
          (a) => a.status,
          () => 0,
        ),
      (status) => status === 200 || child.exitCode !== null,
      90_000,
      250,
    );
    expect(child.exitCode).toBeNull();
    return url;
  }

  it('refuses the request past the limit whichever process it reaches', async () => {
    expect(existsSync(MAIN)).toBe(true); // built by `npm test` before jest runs
    const databaseUrl = await createTestDatabase('budget');
    const secret = randomBytes(32).toString('hex');
    const [first, second] = await Promise.all([startApi(databaseUrl, secret), startApi(databaseUrl, secret)]);

    // Guessed tokens count against the client's address, here 127.0.0.1 at both processes.
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i += 1)
      statuses.push(
        (await post(i % 2 === 0 ? first : second, '/api/tasks/no-such-task/acknowledge', {}, { token: `guess-${i}` }))
          .status,
      );
    expect(statuses).toEqual([...Array(LIMIT).fill(401), 429]);

    const refused = await post(first, '/api/tasks/no-such-task/acknowledge', {}, { token: 'guess-again' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { budget: 'default' } });
  });
});
