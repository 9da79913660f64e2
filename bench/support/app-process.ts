/**
 * The real API as its own process (the compiled `dist/apps/api/src/main.js` of a checkout, this one
 * by default, another with BENCH_APP_DIR to measure old against new code with the same commands),
 * over a given database, with the request budget out of the way and a secret to sign tokens with.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { JwtService } from '@nestjs/jwt';

export interface AppProcess {
  readonly url: string;
  /** The API's process id, to read the CPU it used (process-cpu.ts). */
  readonly pid: number | undefined;
  tokenFor(claims: Record<string, unknown>): string;
  stop(): Promise<void>;
}

export async function startAppProcess(
  databaseUrl: string,
  appDir = process.env.BENCH_APP_DIR ?? process.cwd(),
  /** Settings over the defaults below, e.g. SEED_DEMO=true for the demo's sign-in page. */
  env: Readonly<Record<string, string>> = {},
): Promise<AppProcess> {
  const port = await freePort();
  const secret = randomBytes(32).toString('hex');
  // BENCH_NODE_ARGS: options for the API's node, e.g. `--cpu-prof --cpu-prof-dir=profiles` to profile it under the load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, join(resolve(appDir), 'dist/apps/api/src/main.js')],
    {
      cwd: resolve(appDir),
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        JWT_SECRET: secret,
        SEED_DEMO: 'false',
        // The realistic ledger's 2022 deadlines have all passed: a watcher would be recording them during the rounds.
        WATCHER_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000000',
        RATE_LIMIT_HEAVY_PER_MINUTE: '1000000000',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering`);
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error('the API did not answer /health within 120 s');
    await new Promise((done) => setTimeout(done, 200));
  }
  const jwt = new JwtService({ secret });
  return {
    url,
    pid: child.pid,
    tokenFor: (claims) => jwt.sign(claims, { expiresIn: '12h' }),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The projector as its own process (the same checkout's `dist/apps/projector/src/main.js`) over the
 * given database: builds the read models of a ledger appended straight to the store, for an API that
 * runs without its embedded projector (RUN_PROJECTOR=false). Stopping it finishes the batch in flight.
 */
export function startProjectorProcess(
  databaseUrl: string,
  appDir = process.env.BENCH_APP_DIR ?? process.cwd(),
): { stop(): Promise<void> } {
  const child = spawn(process.execPath, [join(resolve(appDir), 'dist/apps/projector/src/main.js')], {
    cwd: resolve(appDir),
    env: { ...process.env, DATABASE_URL: databaseUrl, WATCHER_ENABLED: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
