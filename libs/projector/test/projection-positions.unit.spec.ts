/**
 * The waits of read-your-writes on this process's projector: a batch of a read model wakes only the
 * waits it can end, not every wait of the process.
 */
import { ProjectionPositions } from '../src/projection-positions';

const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 30))]);

describe('waiting for the projector of this process', () => {
  const wanted = { names: ['task-detail'], position: { commit: 812n, prepare: 45n } };

  it('when another read model commits a batch, a wait for the task detail sleeps on', async () => {
    const positions = new ProjectionPositions();
    const woken = positions.nextAdvance(5_000, undefined, wanted);

    positions.advanced('task-board', { commit: 900n, prepare: 1n });

    expect(await settled(woken)).toBe(false);
  });

  it('when the task detail commits a batch short of the position, the wait sleeps on; at it, the wait ends', async () => {
    const positions = new ProjectionPositions();
    const woken = positions.nextAdvance(5_000, undefined, wanted);

    positions.advanced('task-detail', { commit: 812n, prepare: 44n });
    expect(await settled(woken)).toBe(false);

    positions.advanced('task-detail', { commit: 812n, prepare: 45n });
    expect(await settled(woken)).toBe(true);
  });

  it('without a position to wait for, any batch of any read model ends the wait', async () => {
    const positions = new ProjectionPositions();
    const woken = positions.nextAdvance(5_000);

    positions.advanced('organisation', { commit: 1n, prepare: 1n });

    expect(await settled(woken)).toBe(true);
  });

  it('when the time is up or the reader gives up, the wait ends without a batch', async () => {
    const positions = new ProjectionPositions();
    const reader = new AbortController();
    const timedOut = positions.nextAdvance(5, undefined, wanted);
    const abandoned = positions.nextAdvance(5_000, reader.signal, wanted);

    reader.abort();

    expect(await settled(timedOut)).toBe(true);
    expect(await settled(abandoned)).toBe(true);
  });
});
