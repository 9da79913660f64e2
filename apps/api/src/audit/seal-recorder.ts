/**
 * Records a signed seal of the log every N events or M minutes (whichever comes first, and never
 * with nothing new), then hands it to the witnesses. Each seal goes on from the digest of the one
 * before, and a round that seals nothing keeps the digest it computed for the next, so each event is
 * read and hashed once between seals, not again every round until the next seal is due. Several
 * processes may run it: the round holds an advisory lock and decides under it, so one of them seals.
 */
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LogDigest, makeSeal, type LedgerSeal, type LedgerSigner, type LogDigestValue } from '@app/audit';
import {
  EVENT_STORE,
  LEDGER_HASH_ALGORITHM,
  comparePositions,
  parsePosition,
  type EventStore,
  type HashAlgorithm,
} from '@app/event-store';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { LEDGER_SIGNER } from './ledger-signing-keys';
import { SEAL_SETTINGS, type SealSettings } from './seal-settings';
import { SealWitnesses } from './seal-witnesses';

const LOCK_KEY = 7_246_017; // any constant, shared by every process sealing this log
const READ_BATCH = 2000;

export const SEALS_TABLE = `create table if not exists ledger_seals (
  seal_number bigserial primary key,
  position text not null,
  event_count bigint not null,
  digest text not null,
  sealed_at timestamptz not null,
  seal jsonb not null)`;

@Injectable()
export class SealRecorder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SealRecorder');
  private timer?: NodeJS.Timeout;
  private round: Promise<unknown> = Promise.resolve();
  private running = false;
  private startedAt?: Date;
  /** Where the last round that sealed nothing left off: good while the latest seal is still this one. */
  private carried?: { readonly afterSeal: string | null; readonly progress: LogDigestValue };

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_SIGNER) private readonly signer: LedgerSigner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SEAL_SETTINGS) private readonly settings: SealSettings,
    private readonly witnesses: SealWitnesses,
    private readonly dataSource: DataSource,
    @Inject(LEDGER_HASH_ALGORITHM) private readonly hashAlgorithm: HashAlgorithm,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Under the sealing lock, as the signing keys' table is: two replicas starting together on a new
    // database would otherwise both create it, and `if not exists` does not stop the second failing.
    await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await manager.query(SEALS_TABLE);
    });
    this.startedAt = this.clock.now();
    if (!this.settings.enabled) return;
    this.running = true;
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
  }

  /** One round: seals and tells the witnesses when a seal is due; answers the seal recorded, if any. */
  async sealIfDue(): Promise<LedgerSeal | null> {
    const seal = await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const [last] = await manager.query<{ seal_number: string; seal: LedgerSeal }[]>(
        'select seal_number, seal from ledger_seals order by seal_number desc limit 1',
      );
      const afterSeal = last?.seal_number ?? null;
      // Another process may have sealed since: what this one carried then goes on from a seal no longer the latest.
      const carried = this.carried?.afterSeal === afterSeal ? this.carried.progress : undefined;
      // A seal goes on with the digest algorithm of the one before: the ledger's, which never changes.
      const digest = carried
        ? LogDigest.resume({ ...carried, digestAlgorithm: carried.algorithm })
        : last
          ? LogDigest.resume(last.seal)
          : new LogDigest(this.hashAlgorithm);
      const from = digest.current();
      const head = await this.store.headPosition();
      reading: for await (const batch of this.store.readAll({
        after: from.position ? parsePosition(from.position) : undefined,
        batchSize: READ_BATCH,
      })) {
        for (const event of batch) {
          if (comparePositions(event.position, head) > 0) break reading;
          digest.addEvent(event);
        }
      }
      const added = digest.current().count - (last?.seal.count ?? 0);
      const now = this.clock.now();
      const since = last ? new Date(last.seal.sealedAt) : (this.startedAt ?? now);
      if (
        added === 0 ||
        (added < this.settings.everyEvents && now.getTime() - since.getTime() < this.settings.everyMs)
      ) {
        this.carried = { afterSeal, progress: digest.current() };
        return null;
      }
      const sealed = makeSeal(digest.current(), now, this.signer);
      await manager.query(
        'insert into ledger_seals (position, event_count, digest, sealed_at, seal) values ($1, $2, $3, $4, $5)',
        [sealed.position, sealed.count, sealed.digest, now, JSON.stringify(sealed)],
      );
      return sealed;
    });
    if (seal) {
      this.logger.log(`sealed the log at ${seal.position} (${seal.count} events)`);
      await this.witnesses.tell(seal);
    }
    return seal;
  }

  /** The seals recorded, latest first. */
  async list(limit: number): Promise<LedgerSeal[]> {
    const rows = await this.dataSource.query<{ seal: LedgerSeal }[]>(
      'select seal from ledger_seals order by seal_number desc limit $1',
      [limit],
    );
    return rows.map((row) => row.seal);
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.round = this.sealIfDue()
        .catch((error: unknown) =>
          this.logger.error(`sealing failed: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          if (this.running) this.schedule();
        });
    }, this.settings.checkIntervalMs);
  }
}
