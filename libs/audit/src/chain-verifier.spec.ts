import { hashEvent } from '@app/event-store';
import { ChainVerifier } from './chain-verifier';
import { acknowledged, accepted, issued, recorded } from './audit.fixtures';

function verify(events: ReturnType<typeof recorded>, options = {}) {
  const verifier = new ChainVerifier(options);
  for (const event of events) verifier.add(event);
  return verifier.report();
}

const history = () =>
  recorded([issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'), issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'), acknowledged('a', '2026-03-02T01:00:00Z'), accepted('a', '2026-03-03T01:00:00Z')]);

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
    expect(report.firstBreak).toMatchObject({ kind: 'hash_mismatch', streamId: 'task-a', revision: 1, expected: events[2].metadata.hash, position: '1-3' });
    expect(report.firstBreak!.found).toMatch(/^[0-9a-f]{64}$/);
    expect(report.firstBreak!.found).not.toBe(events[2].metadata.hash);
  });

  it('calls a missing revision a deleted event', () => {
    const events = history();
    const report = verify([events[0], events[1], events[3]]);
    expect(report.firstBreak).toMatchObject({ kind: 'revision_gap', streamId: 'task-a', revision: 2, expected: 'revision 1', found: 'revision 2' });
  });

  it('catches an event whose hashes were recomputed after its content changed, at the next link', () => {
    const events = history();
    const { hash: _h, ...metadata } = events[2].metadata;
    const forgedData = { ...events[2].data, unitId: 'dept-1' };
    const forged = { ...events[2], data: forgedData, metadata: { ...metadata, hash: hashEvent({ ...events[2], data: forgedData, metadata }) } };
    const report = verify([events[0], events[1], forged, events[3]]);
    expect(report.firstBreak).toMatchObject({ kind: 'prev_hash_mismatch', streamId: 'task-a', revision: 2 });
  });

  it('lets a slice start a stream anywhere when it does not hold whole streams', () => {
    const events = history();
    expect(verify([events[2], events[3]], { wholeStreams: false }).ok).toBe(true);
    expect(verify([events[2], events[3]]).firstBreak).toMatchObject({ kind: 'revision_gap', revision: 1 });
  });
});
