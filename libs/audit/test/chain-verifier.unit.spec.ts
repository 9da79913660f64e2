import { hashEvent } from '@app/event-store';
import { ChainVerifier } from '../src/chain-verifier';
import { acknowledged, accepted, issued, recorded } from './audit.fixtures';

function verify(events: ReturnType<typeof recorded>, options = {}) {
  const verifier = new ChainVerifier(options);
  for (const event of events) verifier.add(event);
  return verifier.report();
}

const history = () =>
  recorded([
    issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'),
    issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'),
    acknowledged('a', '2026-03-02T01:00:00Z'),
    accepted('a', '2026-03-03T01:00:00Z'),
  ]);

describe('the hash chain verifier', () => {
  it('finds no break in a history written by the command path', () => {
    expect(verify(history())).toMatchObject({ ok: true, eventsChecked: 4, streamsChecked: 2, firstBreak: null });
  });

  it('names the altered event, with the stored and the recomputed hash, and only that one', () => {
    const events = history();
    const altered = { ...events[2], data: { ...events[2].data, unitId: 'dept-1' } };
    const report = verify([events[0], events[1], altered, events[3]]);
    expect(report.ok).toBe(false);
    expect(report.breaks).toHaveLength(1);
    expect(report.firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      streamId: 'task-a',
      revision: 1,
      expected: events[2].metadata.hash,
      position: '1-3',
    });
    expect(report.firstBreak!.found).toMatch(/^[0-9a-f]{64}$/);
    expect(report.firstBreak!.found).not.toBe(events[2].metadata.hash);
  });

  it('calls a missing revision a deleted event', () => {
    const events = history();
    const report = verify([events[0], events[1], events[3]]);
    expect(report.firstBreak).toMatchObject({
      kind: 'revision_gap',
      streamId: 'task-a',
      revision: 2,
      expected: 'revision 1',
      found: 'revision 2',
    });
  });

  it('catches an event whose hashes were recomputed after its content changed, at the next link', () => {
    const events = history();
    const { hash: _h, ...metadata } = events[2].metadata;
    const forgedData = { ...events[2].data, unitId: 'dept-1' };
    const forged = {
      ...events[2],
      data: forgedData,
      metadata: { ...metadata, hash: hashEvent({ ...events[2], data: forgedData, metadata }) },
    };
    const report = verify([events[0], events[1], forged, events[3]]);
    expect(report.firstBreak).toMatchObject({ kind: 'prev_hash_mismatch', streamId: 'task-a', revision: 2 });
  });

  it('verifies events written before chain version 2 under version 1, and says which version each stream uses', () => {
    const events = recorded([
      { ...issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'), chainVersion: 1 },
      { ...issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'), chainVersion: 1 },
      acknowledged('a', '2026-03-02T01:00:00Z'),
      issued('c', '03', '2026-12-31', '2026-03-02T02:00:00Z'),
    ]);
    expect(events[0].metadata.chainVersion).toBeUndefined();
    expect(events[2].metadata.chainVersion).toBe(2);
    expect(verify(events)).toMatchObject({
      ok: true,
      chainVersions: { '1': 1, '1→2': 1, '2': 1 },
      streamChainVersions: { 'task-a': '1→2', 'task-b': '1', 'task-c': '2' },
    });
  });

  it('names an event of a version-1 stream whose data was altered', () => {
    const events = recorded([
      { ...issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'), chainVersion: 1 },
      { ...acknowledged('a', '2026-03-02T01:00:00Z'), chainVersion: 1 },
    ]);
    const altered = { ...events[1], data: { ...events[1].data, unitId: 'dept-1' } };
    expect(verify([events[0], altered]).firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      streamId: 'task-a',
      revision: 1,
      eventId: events[1].id,
    });
  });

  it('names an event of a version-2 stream whose id or recorded time was altered', () => {
    const events = history();
    const moved = { ...events[2], recordedAt: new Date(events[2].recordedAt.getTime() + 1) };
    expect(verify([events[0], events[1], moved, events[3]]).breaks).toEqual([
      expect.objectContaining({ kind: 'hash_mismatch', streamId: 'task-a', revision: 1, eventId: events[2].id }),
    ]);
    const renamed = { ...events[2], id: '00000000-0000-4000-8000-00000000abcd' };
    expect(verify([events[0], events[1], renamed, events[3]]).breaks).toEqual([
      expect.objectContaining({ kind: 'hash_mismatch', revision: 1, eventId: renamed.id }),
    ]);
  });

  it('calls an event rehashed under version 1 after its stream reached version 2 a downgrade', () => {
    const events = history();
    const { hash: _h, chainVersion: _v, ...version1 } = events[2].metadata;
    const downgraded = {
      ...events[2],
      metadata: { ...version1, hash: hashEvent({ ...events[2], metadata: version1 }) },
    };
    const report = verify([events[0], events[1], downgraded]);
    expect(report.firstBreak).toMatchObject({
      kind: 'chain_downgrade',
      streamId: 'task-a',
      revision: 1,
      expected: 'chain version 2',
      found: 'chain version 1',
    });
  });

  it('names an event whose chain version is unknown, and goes on checking the rest', () => {
    const events = history();
    const unknown = { ...events[2], metadata: { ...events[2].metadata, chainVersion: 4 } };
    const report = verify([events[0], events[1], unknown, events[3]]);
    expect(report.breaks).toEqual([
      expect.objectContaining({ kind: 'unknown_chain_version', streamId: 'task-a', revision: 1, found: '4' }),
    ]);
  });

  it('lets a slice start a stream anywhere when it does not hold whole streams', () => {
    const events = history();
    expect(verify([events[2], events[3]], { wholeStreams: false }).ok).toBe(true);
    expect(verify([events[2], events[3]]).firstBreak).toMatchObject({ kind: 'revision_gap', revision: 1 });
  });
});
