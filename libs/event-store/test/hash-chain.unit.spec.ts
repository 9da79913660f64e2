import { canonicalize } from 'json-canonicalize';
import { hashHex } from '../src/hash-algorithm';
import {
  CHAIN_VERSION,
  GENESIS_HASH,
  SM3_CHAIN_VERSION,
  chainVersionFor,
  hashAlgorithmOfChainVersion,
  UnknownChainVersion,
  chainMetadata,
  chainVersionOf,
  hashEvent,
  type HashedEventFields,
} from '../src/hash-chain';

describe('the hash chain', () => {
  const first: HashedEventFields = {
    id: '7a1c6b1e-4a8f-5d7e-9a0b-3c2d1e0f4a11',
    streamId: 'task-1',
    revision: 0n,
    type: 'TaskIssued',
    recordedAt: new Date('2026-03-02T01:00:00.123Z'),
    data: { title: '制定关于办理轻伤害案件的指导意见', b: 1, a: 2 },
    metadata: { actorId: 'u1' },
  };
  const chained = (event: HashedEventFields, prevHash = GENESIS_HASH): HashedEventFields => ({
    ...event,
    metadata: chainMetadata(event, prevHash),
  });

  it('hashes the same event the same way whatever the key order', () => {
    const reordered = { ...first, data: { a: 2, b: 1, title: '制定关于办理轻伤害案件的指导意见' } };
    expect(chainMetadata(reordered, GENESIS_HASH).hash).toBe(chainMetadata(first, GENESIS_HASH).hash);
  });

  it('writes new events under the current version and links each to the one before it', () => {
    const firstMetadata = chainMetadata(first, GENESIS_HASH);
    const second = {
      ...first,
      id: '9b2d7c2f-5b9a-5e8f-8b1c-4d3e2f1a5b22',
      revision: 1n,
      type: 'TaskAcknowledged',
      data: {},
      metadata: { actorId: 'u2' },
    };
    const secondMetadata = chainMetadata(second, String(firstMetadata.hash));
    expect(firstMetadata).toMatchObject({ chainVersion: CHAIN_VERSION, prevHash: GENESIS_HASH });
    expect(CHAIN_VERSION).toBe(2);
    expect(secondMetadata.prevHash).toBe(firstMetadata.hash);
    expect(hashEvent({ ...second, metadata: secondMetadata })).toBe(secondMetadata.hash);
  });

  it.each<[string, Partial<HashedEventFields>]>([
    ['the event id', { id: '00000000-0000-4000-8000-000000000001' }],
    ['the stream', { streamId: 'task-2' }],
    ['the revision', { revision: 1n }],
    ['the type', { type: 'TaskCancelled' }],
    ['the recorded time', { recordedAt: new Date('2026-03-02T01:00:00.124Z') }],
    ['the data', { data: { ...first.data, title: '改' } }],
  ])('changes under version 2 when %s changes', (_, change) => {
    const event = chained(first);
    expect(hashEvent({ ...event, ...change })).not.toBe(event.metadata.hash);
  });

  it('changes under version 2 when the metadata, the previous hash or the version itself change', () => {
    const event = chained(first);
    expect(hashEvent({ ...event, metadata: { ...event.metadata, actorId: 'u9' } })).not.toBe(event.metadata.hash);
    expect(hashEvent({ ...event, metadata: { ...event.metadata, prevHash: 'f'.repeat(64) } })).not.toBe(
      event.metadata.hash,
    );
    const { chainVersion: _v, ...asVersion1 } = event.metadata;
    expect(hashEvent({ ...event, metadata: asVersion1 })).not.toBe(event.metadata.hash);
  });

  it('hashes an event written before version 2 as version 1 did: without its id and recorded time', () => {
    const version1 = { ...first, metadata: { actorId: 'u1', prevHash: GENESIS_HASH } };
    expect(chainVersionOf(version1.metadata)).toBe(1);
    // What the version-1 code (before version 2 existed) computed for this very event.
    const stored = '3bad4ce02ab86cdc9300e1d0bb1da8971d30eaacfdf723e337f1f421da468989';
    expect(hashEvent(version1)).toBe(stored);
    expect(hashEvent({ ...version1, id: '00000000-0000-4000-8000-000000000001', recordedAt: new Date(0) })).toBe(
      stored,
    );
    expect(hashEvent({ ...version1, data: { ...first.data, title: '改' } })).not.toBe(stored);
  });

  it('refuses a version it does not know', () => {
    expect(() => hashEvent({ ...first, metadata: { chainVersion: 4, prevHash: GENESIS_HASH } })).toThrow(
      UnknownChainVersion,
    );
    expect(() => chainVersionOf({ chainVersion: '2' })).toThrow(UnknownChainVersion);
  });

  it('ignores the stored hash field itself', () => {
    const metadata = chainMetadata(first, GENESIS_HASH);
    expect(hashEvent({ ...first, metadata })).toBe(metadata.hash);
  });

  describe('in a ledger created with SM3 (chain version 3)', () => {
    const sm3Chained = (event: HashedEventFields, prevHash = GENESIS_HASH): HashedEventFields => ({
      ...event,
      metadata: chainMetadata(event, prevHash, SM3_CHAIN_VERSION),
    });

    it('hashes the fields of version 2 with SM3', () => {
      const event = sm3Chained(first);
      expect(event.metadata).toMatchObject({ chainVersion: 3, prevHash: GENESIS_HASH });
      const { hash: _h, ...metadata } = event.metadata;
      const fields = {
        eventId: first.id,
        streamId: first.streamId,
        revision: '0',
        type: first.type,
        recordedAt: first.recordedAt.toISOString(),
        data: first.data,
        metadata,
      };
      expect(event.metadata.hash).toBe(hashHex('sm3', canonicalize(fields)));
      expect(event.metadata.hash).not.toBe(hashHex('sha256', canonicalize(fields)));
      expect(hashEvent(event)).toBe(event.metadata.hash);
    });

    it.each<[string, Partial<HashedEventFields>]>([
      ['the event id', { id: '00000000-0000-4000-8000-000000000001' }],
      ['the recorded time', { recordedAt: new Date('2026-03-02T01:00:00.124Z') }],
      ['the data', { data: { ...first.data, title: '改' } }],
    ])('no longer matches its stored hash when %s is altered', (_, change) => {
      const event = sm3Chained(first);
      expect(hashEvent({ ...event, ...change })).not.toBe(event.metadata.hash);
    });

    it('links each event to the one before, and says which algorithm each version hashes with', () => {
      const firstEvent = sm3Chained(first);
      const second = sm3Chained({ ...first, revision: 1n, type: 'TaskAcknowledged' }, String(firstEvent.metadata.hash));
      expect(second.metadata.prevHash).toBe(firstEvent.metadata.hash);
      expect(hashEvent(second)).toBe(second.metadata.hash);
      expect([1, 2, 3].map((v) => hashAlgorithmOfChainVersion(v as 1 | 2 | 3))).toEqual(['sha256', 'sha256', 'sm3']);
      expect(chainVersionFor('sm3')).toBe(3);
      expect(chainVersionFor('sha256')).toBe(CHAIN_VERSION);
    });
  });
});
