/**
 * The seal recorder reads each event once between seals: a round that seals nothing keeps what it
 * hashed, and the next round goes on from there, unless another process sealed meanwhile.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LogDigest, createLedgerSigner } from '@app/audit';
import { PostgresEventStore, type EventStore, type ReadAllOptions, type RecordedEvent } from '@app/event-store';
import { createTestDatabase } from '@app/testing';
import { SealRecorder } from '../../src/audit/seal-recorder';
import { SealWitnesses } from '../../src/audit/seal-witnesses';
import { SEALS_OFF, type SealSettings } from '../../src/audit/seal-settings';

const HOUR = 3_600_000;
const SETTINGS: SealSettings = { ...SEALS_OFF, everyEvents: 1000, everyMs: HOUR };

describe('the seal recorder', () => {
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let now: Date;
  /** The events each round read from the log. */
  let read: RecordedEvent[];
  const signer = createLedgerSigner(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );

  beforeAll(async () => {
    const url = await createTestDatabase('seals');
    store = await PostgresEventStore.open({ connectionString: url });
    dataSource = await new DataSource({ type: 'postgres', url, entities: [] }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
  });

  function recorder(): SealRecorder {
    // The store as the recorder sees it, telling the spec what each round read.
    const counting: EventStore = Object.create(store) as EventStore;
    counting.readAll = async function* (options?: ReadAllOptions) {
      for await (const batch of store.readAll(options)) {
        read.push(...batch);
        yield batch;
      }
    };
    const clock = { now: () => now };
    return new SealRecorder(counting, signer, clock, SETTINGS, new SealWitnesses(SETTINGS), dataSource, 'sha256');
  }

  async function urged(times: number): Promise<void> {
    for (let index = 0; index < times; index++)
      await store.append(
        `task-${randomUUID()}`,
        [
          {
            id: randomUUID(),
            type: 'UrgeNoticeIssued',
            data: { reason: '请报送进展' },
            metadata: { actorId: 'office' },
          },
        ],
        'no_stream',
      );
  }

  async function wholeLogDigest(): Promise<string> {
    const digest = new LogDigest('sha256');
    for await (const batch of store.readAll()) for (const event of batch) digest.addEvent(event);
    return digest.current().digest;
  }

  it('given rounds that seal nothing, reads each new event once, and the seal it records vouches for the whole log', async () => {
    now = new Date('2026-03-02T01:00:00.000Z');
    const sealing = recorder();
    await sealing.onApplicationBootstrap();
    await urged(3);
    read = [];
    expect(await sealing.sealIfDue()).toBeNull();
    expect(read).toHaveLength(3);

    await urged(2);
    read = [];
    expect(await sealing.sealIfDue()).toBeNull();
    expect(read).toHaveLength(2);

    now = new Date(now.getTime() + HOUR);
    read = [];
    const seal = await sealing.sealIfDue();
    expect(read).toHaveLength(0);
    expect(seal).toMatchObject({ count: 5, digest: await wholeLogDigest() });
  });

  it('when another process sealed since its last round, goes on from that seal, not from what it carried', async () => {
    const mine = recorder();
    const other = recorder();
    await urged(2);
    read = [];
    expect(await mine.sealIfDue()).toBeNull();
    expect(read).toHaveLength(2);

    await urged(1);
    now = new Date(now.getTime() + HOUR);
    const theirs = await other.sealIfDue();
    expect(theirs).toMatchObject({ count: 8, digest: await wholeLogDigest() });

    await urged(1);
    now = new Date(now.getTime() + HOUR);
    read = [];
    const next = await mine.sealIfDue();
    expect(read).toHaveLength(1);
    expect(next).toMatchObject({ count: 9, digest: await wholeLogDigest() });
  });
});
