/**
 * Runs the PostgreSQL binaries: initdb once per cluster, then the server as a child process. Every
 * way these can fail (a binary that cannot be run, a port already taken, a server that stops before
 * it is ready) rejects with an EmbeddedPostgresError that says what failed and what to do; nothing
 * is left as an unhandled 'error' event. No server outlives the process that started it: one still
 * running when the process exits is told to stop (fast shutdown), and so is one whose process gets
 * SIGINT/SIGTERM/SIGHUP with no stop of its own installed (a command-line tool, or an app still
 * starting); once the app's own stop listens (onStopSignal), that stop closes the app, then the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error';
import type { PostgresBinaries } from './postgres-binaries';
import type { ServerAccount } from './server-account';

export interface ClusterSpec {
  readonly binaries: PostgresBinaries;
  /** undefined: the server runs as this process's user. */
  readonly account: ServerAccount | undefined;
  readonly clusterDir: string;
  readonly user: string;
  readonly password: string;
  readonly log: (line: string) => void;
}

// English messages whatever the caller's locale: readiness is read from the server's output.
const CHILD_ENV = { ...process.env, LC_ALL: '', LC_MESSAGES: 'C' };
const READY = 'database system is ready to accept connections';
const READY_TIMEOUT_MS = 120_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function initialiseCluster(spec: ClusterSpec, flags: readonly string[]): Promise<void> {
  mkdirSync(spec.clusterDir, { recursive: true });
  if (spec.account) chownSync(spec.clusterDir, spec.account.uid, spec.account.gid);
  chmodSync(spec.clusterDir, 0o700);
  // Beside the cluster, readable by the server's user only, and gone once initdb has read it.
  const passwordFile = join(spec.clusterDir, '..', `.initdb-password-${process.pid}`);
  writeFileSync(passwordFile, spec.password + '\n', { mode: 0o600 });
  if (spec.account) chownSync(passwordFile, spec.account.uid, spec.account.gid);
  try {
    const child = spawnAs(spec, spec.binaries.initdb, [
      `--pgdata=${spec.clusterDir}`,
      '--auth=password',
      `--username=${spec.user}`,
      `--pwfile=${passwordFile}`,
      ...flags,
    ]);
    const output = collectOutput(child, spec.log);
    const { code, signal } = await exited(child, 'initdb', spec);
    if (code !== 0)
      throw new EmbeddedPostgresError(
        `initdb failed (${code !== null ? `exit code ${code}` : `signal ${signal}`}): ${problemLines(output()) || 'no message'}`,
        `remove ${spec.clusterDir} if it is left from an earlier run and start again, or set DATABASE_URL to a server of your own`,
      );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

export interface ServerProcess {
  /** The postmaster, for a supervisor that watches it die. */
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(spec: ClusterSpec, port: number, flags: readonly string[]): Promise<ServerProcess> {
  const child = spawnAs(spec, spec.binaries.postgres, ['-D', spec.clusterDir, '-p', String(port), ...flags]);
  const output = collectOutput(child, spec.log);
  const stopOnExit = () => child.kill('SIGINT');
  const stopOnSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    child.kill('SIGINT');
    void gone.finally(() => process.exit(128 + constants.signals[signal]));
  };
  process.on('exit', stopOnExit);
  for (const signal of STOP_SIGNALS) process.on(signal, stopOnSignal);
  const gone = exited(child, 'postgres', spec).finally(() => {
    process.off('exit', stopOnExit);
    for (const signal of STOP_SIGNALS) process.off(signal, stopOnSignal);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new EmbeddedPostgresError(
              `PostgreSQL did not get ready in ${READY_TIMEOUT_MS / 1000} s: ${problemLines(output()) || 'no message'}`,
              'see whether the machine is overloaded, or set DATABASE_URL to a server of your own',
            ),
          ),
        READY_TIMEOUT_MS,
      );
      const ready = (_chunk: Buffer) => {
        if (!output().includes(READY)) return;
        clearTimeout(timer);
        child.stderr!.off('data', ready);
        resolve();
      };
      child.stderr!.on('data', ready);
      gone.then(
        ({ code, signal }) => {
          clearTimeout(timer);
          reject(
            new EmbeddedPostgresError(
              `PostgreSQL stopped before it was ready (${code !== null ? `exit code ${code}` : `signal ${signal}`}): ${problemLines(output()) || 'no message'}`,
              remedyFor(output(), port, spec.clusterDir),
            ),
          );
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  } catch (error) {
    child.kill('SIGINT');
    throw error;
  }
  return {
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await gone.catch(() => undefined);
    },
  };
}

function spawnAs(spec: ClusterSpec, binary: string, args: string[]): ChildProcess {
  return spawn(binary, args, {
    env: CHILD_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(spec.account ? { uid: spec.account.uid, gid: spec.account.gid } : {}),
  });
}

/** Resolves when the process has exited; rejects, once, when it could not be run at all. */
function exited(
  child: ChildProcess,
  name: string,
  spec: ClusterSpec,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      const who = spec.account ? 'the postgres user' : 'this user';
      reject(
        new EmbeddedPostgresError(
          `cannot run ${name} (${spec.binaries.home}/bin/${name}): ${error.code ?? error.message}`,
          error.code === 'EACCES'
            ? `${who} must be able to enter every folder on that path and execute the file; or set DATABASE_URL to a server of your own`
            : 'reinstall with npm ci, or set DATABASE_URL to a server of your own',
        ),
      );
    });
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
}

function collectOutput(child: ChildProcess, log: (line: string) => void): () => string {
  let text = '';
  const take = (chunk: Buffer) => {
    const said = chunk.toString('utf8');
    // Enough to name a failure; the server's own log goes to `log`.
    text = (text + said).slice(-16_000);
    for (const line of said.split('\n')) if (line.trim()) log(line.trim());
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  return () => text;
}

function problemLines(output: string): string {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\b(FATAL|ERROR|PANIC)\b|could not|error:/i.test(line))
    .slice(-3)
    .join(' / ');
}

function remedyFor(output: string, port: number, clusterDir: string): string {
  if (/could not bind|Address already in use/i.test(output))
    return `port ${port} was taken by another process in the meantime: start again (a free port is picked on each start)`;
  if (/lock file .* already exists|postmaster\.pid/i.test(output))
    return `another server runs on ${clusterDir}: stop it, or use DATA_DIR to pick another data folder`;
  return 'see the lines above, or set DATABASE_URL to a server of your own';
}
