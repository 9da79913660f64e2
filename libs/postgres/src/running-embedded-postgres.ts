/**
 * Finds the embedded PostgreSQL server that another process of ours (`npm start`) already runs on a
 * data folder, so a second process (the projector, a CLI) connects to it instead of starting a
 * second server on the same cluster, which PostgreSQL would refuse. `postmaster.pid` says the port.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { serverReachableDir } from './embedded-postgres';

export interface RunningEmbeddedPostgres {
  /** Connection string to the `postgres` database. */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
}

/** The server running on `dataDir` (as given to startEmbeddedPostgres), or undefined when none answers there. */
export async function findRunningEmbeddedPostgres(dataDir: string): Promise<RunningEmbeddedPostgres | undefined> {
  const dir = serverReachableDir(dataDir, () => undefined);
  const pidFile = join(dir, 'cluster', 'postmaster.pid');
  const passwordFile = join(dir, 'postgres-password');
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return undefined;
  // Lines: pid, data folder, start time, port, socket folder, listen address, shared memory key, status.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || port <= 0 || !isAlive(pid)) return undefined;
  const password = readFileSync(passwordFile, 'utf8').trim();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  // A pid file left by a crash can name a live, unrelated process: trust it only when the server answers.
  return (await answers(url)) ? { url, port, pid } : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
