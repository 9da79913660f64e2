/**
 * The shared request budget in PostgreSQL, taken by leases: small budgets stay exact across processes,
 * large ones cost one write per lease instead of one per request, and no process lets a hit past the limit.
 */
import { DataSource } from 'typeorm';
import { createTestDatabase } from '@app/testing';
import { leaseSize, PostgresThrottlerStorage } from '../../src/http/postgres-throttler-storage';

const MINUTE = 60_000;

describe('the request budget kept in PostgreSQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'postgres',
      url: await createTestDatabase('budget'),
      entities: [],
    }).initialize();
  });
  afterAll(() => dataSource?.destroy());

  /** Two API processes: two storages over one database. */
  const twoProcesses = () => [new PostgresThrottlerStorage(dataSource), new PostgresThrottlerStorage(dataSource)];
  const storedHits = async (key: string) =>
    (await dataSource.query<{ hits: number }[]>(`select hits from request_budget where key = $1`, [key]))[0]?.hits;

  it('given a budget of 5 a minute shared by two processes, the sixth request, whichever process it reaches, is refused', async () => {
    const processes = twoProcesses();
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await processes[i % 2].increment('user:small', MINUTE, 5, MINUTE, 'default'));
    expect(answers.map((answer) => answer.isBlocked)).toEqual([false, false, false, false, false, true]);
    expect(answers[5].timeToBlockExpire).toBeGreaterThan(0);
    expect(await storedHits('user:small')).toBe(6);
  });

  it('given a budget of 1,000 a minute, two processes let through exactly 1,000 requests and write once per lease', async () => {
    const processes = twoProcesses();
    const limit = 1000;
    let passed = 0;
    for (let i = 0; i < 1100; i++)
      if (!(await processes[i % 2].increment('user:large', MINUTE, limit, MINUTE, 'default')).isBlocked) passed++;
    expect(passed).toBe(limit);
    // Hits are only ever added a lease at a time.
    expect((await storedHits('user:large')) % leaseSize(limit)).toBe(0);
  });

  it('when many requests of one caller arrive at once, each gets its own hit number and one lease is taken at a time', async () => {
    const storage = new PostgresThrottlerStorage(dataSource);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => storage.increment('user:burst', MINUTE, 10_000, MINUTE, 'default')),
    );
    const hits = answers.map((answer) => answer.totalHits).sort((a, b) => a - b);
    expect(new Set(hits).size).toBe(200);
    expect(hits[0]).toBe(1);
    expect(await storedHits('user:burst')).toBe(leaseSize(10_000));
  });

  it('keeps each budget of a caller apart', async () => {
    const storage = new PostgresThrottlerStorage(dataSource);
    await storage.increment('user:both', MINUTE, 2, MINUTE, 'heavy');
    await storage.increment('user:both', MINUTE, 2, MINUTE, 'heavy');
    expect((await storage.increment('user:both', MINUTE, 2, MINUTE, 'heavy')).isBlocked).toBe(true);
    expect((await storage.increment('user:both', MINUTE, 600, MINUTE, 'default')).isBlocked).toBe(false);
  });
});
