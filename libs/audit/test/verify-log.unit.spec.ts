import { accepted, acknowledged, inBatches, issued, recorded } from './audit.fixtures';
import { digestUpTo, verifyLog } from '../src/verify-log';

const history = () =>
  recorded([
    issued('a', '01', '2026-12-31', '2026-03-01T01:00:00Z'),
    issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'),
    acknowledged('a', '2026-03-02T01:00:00Z'),
    accepted('a', '2026-03-03T01:00:00Z'),
  ]);

describe('the log digest', () => {
  it('is the same for the same history and names the last position and count', async () => {
    const first = await digestUpTo(inBatches(history()), { commit: 1n, prepare: 3n });
    const again = await digestUpTo(inBatches(history(), 3), { commit: 1n, prepare: 3n });
    expect(first).toEqual(again);
    expect(first).toMatchObject({ position: '1-3', count: 3, algorithm: 'sha256-rolling-v1' });
  });

  it('changes when an event before the position is altered, reordered or removed', async () => {
    const events = history();
    const kept = (await digestUpTo(inBatches(events))).digest;
    const altered = [
      events[0],
      { ...events[1], data: { ...events[1].data, title: '改过的标题' } },
      events[2],
      events[3],
    ];
    expect((await digestUpTo(inBatches(altered))).digest).not.toBe(kept);
    expect((await digestUpTo(inBatches([events[1], events[0], events[2], events[3]]))).digest).not.toBe(kept);
    expect((await digestUpTo(inBatches([events[0], events[1], events[2]]))).digest).not.toBe(kept);
  });
});

describe('verifying the log', () => {
  it('proves a kept digest when nothing changed, even after more events were appended', async () => {
    const events = history();
    const kept = await digestUpTo(inBatches(events), { commit: 1n, prepare: 2n });
    const report = await verifyLog(inBatches(events), {
      claim: { position: { commit: 1n, prepare: 2n }, digest: kept.digest.toUpperCase() },
    });
    expect(report).toMatchObject({
      ok: true,
      eventsChecked: 4,
      digestCheck: { matches: true, count: 2, position: '1-2' },
    });
  });

  it('fails the kept digest when the history before it was rewritten with consistent hashes', async () => {
    const events = history();
    const kept = await digestUpTo(inBatches(events), { commit: 1n, prepare: 2n });
    const rewritten = recorded([
      issued('a', '01', '2027-06-30', '2026-03-01T01:00:00Z'),
      issued('b', '02', '2026-12-31', '2026-03-01T02:00:00Z'),
    ]);
    const report = await verifyLog(inBatches(rewritten), {
      claim: { position: { commit: 1n, prepare: 2n }, digest: kept.digest },
    });
    expect(report.firstBreak).toBeNull();
    expect(report).toMatchObject({ ok: false, digestCheck: { matches: false } });
  });

  it('reports progress as batches pass', async () => {
    const seen: number[] = [];
    await verifyLog(inBatches(history(), 3), { onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([3, 4]);
  });
});
