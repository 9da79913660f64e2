import { GENESIS_HASH, chainMetadata, hashEvent } from './hash-chain';

describe('the hash chain', () => {
  const first = { streamId: 'task-1', revision: 0n, type: 'TaskIssued', data: { title: '制定关于办理轻伤害案件的指导意见', b: 1, a: 2 }, metadata: { actorId: 'u1' } };

  it('hashes the same event the same way whatever the key order', () => {
    const reordered = { ...first, data: { a: 2, b: 1, title: first.data.title } };
    expect(hashEvent(reordered)).toBe(hashEvent(first));
  });

  it('links each event to the one before it', () => {
    const firstMetadata = chainMetadata(first, GENESIS_HASH);
    const second = { streamId: 'task-1', revision: 1n, type: 'TaskAcknowledged', data: {}, metadata: { actorId: 'u2' } };
    const secondMetadata = chainMetadata(second, String(firstMetadata.hash));
    expect(firstMetadata.prevHash).toBe(GENESIS_HASH);
    expect(secondMetadata.prevHash).toBe(firstMetadata.hash);
    expect(hashEvent({ ...second, metadata: secondMetadata })).toBe(secondMetadata.hash);
  });

  it('changes when the data, the revision or the previous hash change', () => {
    const base = hashEvent({ ...first, metadata: { ...first.metadata, prevHash: GENESIS_HASH } });
    expect(hashEvent({ ...first, data: { ...first.data, title: '改' }, metadata: { prevHash: GENESIS_HASH, actorId: 'u1' } })).not.toBe(base);
    expect(hashEvent({ ...first, revision: 1n, metadata: { prevHash: GENESIS_HASH, actorId: 'u1' } })).not.toBe(base);
    expect(hashEvent({ ...first, metadata: { prevHash: 'f'.repeat(64), actorId: 'u1' } })).not.toBe(base);
  });

  it('ignores the stored hash field itself', () => {
    const metadata = chainMetadata(first, GENESIS_HASH);
    expect(hashEvent({ ...first, metadata })).toBe(metadata.hash);
  });
});
