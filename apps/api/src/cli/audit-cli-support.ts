/**
 * What the audit command-line tools share: the event store of this installation (DATABASE_URL, else
 * the embedded server `npm start` runs, else one started for the run), logs on stderr (stdout
 * carries the export), and exit codes.
 */
import { Logger, type LoggerService } from '@nestjs/common';
import { Client, Pool } from 'pg';
import {
  S3EvidenceStore,
  createEvidenceStore,
  type EvidenceFileStore,
  type EvidenceStoreSettings,
} from '@app/evidence';
import {
  chainVersionOf,
  createEventStore,
  hashAlgorithmOfChainVersion,
  isHashAlgorithm,
  type EventStore,
  type HashAlgorithm,
} from '@app/event-store';
import { assertDatabaseAnswers, attachOrStartDatabase } from '@app/postgres';
import { applicationDatabaseUrl, loadAppConfig } from '@app/runtime';

export const EXIT_OK = 0;
export const EXIT_BROKEN = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

export interface OpenedStore {
  readonly store: EventStore;
  /** The PostgreSQL database holding the events; absent with EventStoreDB. */
  readonly postgresUrl?: string;
  /** A closure over the store (and the embedded server), so it may be taken out of the object. */
  readonly close: () => Promise<void>;
}

/**
 * The ledger's hash algorithm as recorded when it was created (ledger_settings), else as its first
 * event is hashed, else SHA-256. The tools only read it: the API records it.
 */
export async function ledgerHashAlgorithm(store: EventStore, postgresUrl?: string): Promise<HashAlgorithm> {
  if (postgresUrl) {
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ value: string | null }>(
        "select case when to_regclass('ledger_settings') is null then null else (select value from ledger_settings where name = 'hash_algorithm') end as value",
      );
      if (isHashAlgorithm(rows[0]?.value)) return rows[0].value;
    } finally {
      await client.end();
    }
  }
  for await (const batch of store.readAll({ batchSize: 1 }))
    if (batch.length > 0) return hashAlgorithmOfChainVersion(chainVersionOf(batch[0].metadata));
  return 'sha256';
}

export async function openEventStore(io: CliIo): Promise<OpenedStore> {
  const config = loadAppConfig(io.env);
  const log = (message: unknown) => io.stderr.write(`${String(message)}\n`);
  // Nest's logger writes to stdout, which an export may be using: everything said goes to stderr.
  Logger.overrideLogger({
    log,
    warn: log,
    error: log,
    debug: () => undefined,
    verbose: () => undefined,
  } satisfies LoggerService);
  if (config.eventStore.kind === 'eventstoredb') {
    const store = await createEventStore(config.eventStore);
    return { store, close: () => store.close() };
  }
  if (config.databaseUrl) {
    await assertDatabaseAnswers(config.databaseUrl);
    const store = await createEventStore({ kind: 'postgres', url: config.databaseUrl });
    return { store, postgresUrl: config.databaseUrl, close: () => store.close() };
  }
  const database = await attachOrStartDatabase(undefined, config.dataDir, { log });
  const databaseUrl = await applicationDatabaseUrl(database, config.dataDir);
  const store = await createEventStore({ kind: 'postgres', url: databaseUrl });
  return {
    store,
    postgresUrl: databaseUrl,
    close: async () => {
      await store.close();
      await database.stop();
    },
  };
}

/** The evidence store EVIDENCE_STORE names (PostgreSQL or a bucket), over the ledger's database; close() lets both go. */
export function openEvidenceStore(
  settings: EvidenceStoreSettings,
  postgresUrl: string,
): { store: EvidenceFileStore; close: () => Promise<void> } {
  const pool = new Pool({ connectionString: postgresUrl, max: 1 });
  const store = createEvidenceStore(
    settings,
    async (sql, parameters) => (await pool.query<Record<string, unknown>>(sql, parameters)).rows,
  );
  return {
    store,
    close: async () => {
      if (store instanceof S3EvidenceStore) store.onModuleDestroy();
      await pool.end();
    },
  };
}
