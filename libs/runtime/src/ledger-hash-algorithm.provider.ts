/**
 * The ledger's hash algorithm, a property of the ledger chosen when it is created: SHA-256 by
 * default, SM3 with LEDGER_HASH_ALGORITHM=sm3 (or, unset, when the ledger signs with SM2). The first
 * process to start records it in ledger_settings (written once); every later start takes it from
 * there, and refuses an explicit setting that differs. A ledger that has events but no recorded
 * setting (written before it) hashes as its first event says.
 */
import { Inject, Injectable, type OnModuleInit, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  EVENT_STORE,
  LEDGER_HASH_ALGORITHM,
  LEDGER_SETTINGS,
  chainVersionOf,
  hashAlgorithmOfChainVersion,
  isHashAlgorithm,
  type EventStore,
  type HashAlgorithm,
} from '@app/event-store';

export interface WantedHashAlgorithm {
  /** LEDGER_HASH_ALGORITHM as given: a differing recorded one is refused. */
  readonly explicit?: HashAlgorithm;
  /** What a new ledger takes when none is given (SM3 when it signs with SM2). */
  readonly implied: HashAlgorithm;
}

const SETTING = 'hash_algorithm';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface ResolvedHashAlgorithm {
  /** The ledger's own: what it hashes with, whatever was asked. */
  readonly algorithm: HashAlgorithm;
  /** Why the start is refused: another algorithm was asked of an existing ledger. */
  readonly refusal?: Error;
}

export async function resolveLedgerHashAlgorithm(
  query: Query,
  store: EventStore,
  wanted: WantedHashAlgorithm,
): Promise<ResolvedHashAlgorithm> {
  const [table] = await query("select to_regclass('ledger_settings') is not null as present");
  // The PostgreSQL store's migrations make it; beside another event store, the application does.
  if (!table.present) await query(LEDGER_SETTINGS);
  let recorded = await recordedAlgorithm(query);
  if (recorded === undefined) {
    const fromLog = await algorithmOfFirstEvent(store);
    if (fromLog !== undefined && wanted.explicit !== undefined && wanted.explicit !== fromLog)
      return { algorithm: fromLog, refusal: refusal(fromLog, wanted.explicit) };
    await query('insert into ledger_settings (name, value) values ($1, $2) on conflict (name) do nothing', [
      SETTING,
      fromLog ?? wanted.explicit ?? wanted.implied,
    ]);
    recorded = (await recordedAlgorithm(query))!;
  }
  if (wanted.explicit !== undefined && wanted.explicit !== recorded)
    return { algorithm: recorded, refusal: refusal(recorded, wanted.explicit) };
  return { algorithm: recorded };
}

function refusal(recorded: HashAlgorithm, given: HashAlgorithm): Error {
  return new Error(
    `this ledger hashes with ${recorded} (chosen when it was created); LEDGER_HASH_ALGORITHM is ${given}: set it to ${recorded} or leave it unset, algorithms are not mixed in one ledger`,
  );
}

async function recordedAlgorithm(query: Query): Promise<HashAlgorithm | undefined> {
  const [row] = await query('select value from ledger_settings where name = $1', [SETTING]);
  if (row === undefined) return undefined;
  if (!isHashAlgorithm(row.value))
    throw new Error(`ledger_settings names an unknown hash algorithm ${String(row.value)}`);
  return row.value;
}

async function algorithmOfFirstEvent(store: EventStore): Promise<HashAlgorithm | undefined> {
  for await (const batch of store.readAll({ batchSize: 1 })) {
    if (batch.length > 0) return hashAlgorithmOfChainVersion(chainVersionOf(batch[0].metadata));
  }
  return undefined;
}

const RESOLVED_HASH_ALGORITHM = Symbol('RESOLVED_HASH_ALGORITHM');

/** Refuses the start when module init begins (as a signing key of another algorithm is refused), not while the app is being built. */
@Injectable()
export class LedgerHashAlgorithmCheck implements OnModuleInit {
  constructor(@Inject(RESOLVED_HASH_ALGORITHM) private readonly resolved: ResolvedHashAlgorithm) {}

  onModuleInit(): void {
    if (this.resolved.refusal) throw this.resolved.refusal;
  }
}

/** LEDGER_HASH_ALGORITHM, resolved and recorded at start, and the check that refuses another one asked of the ledger. */
export function ledgerHashAlgorithmProviders(wanted: WantedHashAlgorithm): Provider[] {
  return [
    {
      provide: RESOLVED_HASH_ALGORITHM,
      useFactory: (dataSource: DataSource, store: EventStore) =>
        resolveLedgerHashAlgorithm((sql, params) => dataSource.query(sql, params), store, wanted),
      inject: [DataSource, EVENT_STORE],
    },
    {
      provide: LEDGER_HASH_ALGORITHM,
      useFactory: (resolved: ResolvedHashAlgorithm) => resolved.algorithm,
      inject: [RESOLVED_HASH_ALGORITHM],
    },
    LedgerHashAlgorithmCheck,
  ];
}
