/**
 * The ledger's public keys with their validity, which GET /api/audit/keys publishes: each key the
 * ledger has signed with, from the first start with it until the start with its successor. A key
 * is recorded when a process first starts with it, so a rotation needs no step of its own.
 */
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LedgerSigner, SignatureAlgorithm } from '@app/audit';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';

export const LEDGER_SIGNER = Symbol('LEDGER_SIGNER');

export interface PublishedKey {
  readonly keyId: string;
  readonly algorithm: SignatureAlgorithm;
  /** SPKI, PEM: what `npm run audit:verify -- --public-key` takes. */
  readonly publicKey: string;
  readonly validFrom: string;
  /** Null for the key the ledger signs with now. */
  readonly validUntil: string | null;
}

const LOCK_KEY = 7_246_013; // any constant, shared by every process recording keys in this database

@Injectable()
export class LedgerSigningKeys implements OnModuleInit {
  constructor(
    @Inject(LEDGER_SIGNER) private readonly signer: LedgerSigner,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await manager.query(`create table if not exists ledger_signing_keys (
        key_id text primary key, algorithm text not null, public_key text not null,
        valid_from timestamptz not null, valid_until timestamptz)`);
      // A ledger's algorithm is chosen when it is created: a key of another algorithm would leave auditors two kinds of proof to check.
      const [first] = await manager.query<{ algorithm: string }[]>(
        'select algorithm from ledger_signing_keys order by valid_from, key_id limit 1',
      );
      if (first && first.algorithm !== this.signer.algorithm) {
        throw new Error(
          `this ledger signs with ${first.algorithm} (chosen when it was created); the signing key given is ${this.signer.algorithm}: give a ${first.algorithm} key, algorithms are not mixed in one ledger`,
        );
      }
      const known = await manager.query<unknown[]>('select 1 from ledger_signing_keys where key_id = $1', [
        this.signer.keyId,
      ]);
      if (known.length > 0) return;
      const now = this.clock.now();
      await manager.query('update ledger_signing_keys set valid_until = $1 where valid_until is null', [now]);
      await manager.query(
        'insert into ledger_signing_keys (key_id, algorithm, public_key, valid_from) values ($1, $2, $3, $4)',
        [this.signer.keyId, this.signer.algorithm, this.signer.publicKeyPem, now],
      );
    });
  }

  async list(): Promise<PublishedKey[]> {
    const rows: {
      key_id: string;
      algorithm: SignatureAlgorithm;
      public_key: string;
      valid_from: Date;
      valid_until: Date | null;
    }[] = await this.dataSource.query(
      'select key_id, algorithm, public_key, valid_from, valid_until from ledger_signing_keys order by valid_from, key_id',
    );
    return rows.map((row) => ({
      keyId: row.key_id,
      algorithm: row.algorithm,
      publicKey: row.public_key,
      validFrom: row.valid_from.toISOString(),
      validUntil: row.valid_until?.toISOString() ?? null,
    }));
  }
}
