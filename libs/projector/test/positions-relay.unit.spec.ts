/**
 * A projector in a worker thread and the waits of the thread serving HTTP, each with its own
 * ProjectionPositions, joined by a message channel: a committed batch ends the readers' waits without
 * a query, and the readers' waits put their read models first in the projector's next batch.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { ProjectionPositions } from '../src/projection-positions';
import { followAdvances, relayAdvances } from '../src/positions-relay';

describe('positions relayed between a projector thread and the readers’ thread', () => {
  let projectorPort: MessagePort;
  let readersPort: MessagePort;
  let projectorSide: ProjectionPositions;
  let readersSide: ProjectionPositions;
  let stops: (() => void)[];

  beforeEach(() => {
    ({ port1: projectorPort, port2: readersPort } = new MessageChannel());
    projectorSide = new ProjectionPositions();
    readersSide = new ProjectionPositions();
    stops = [relayAdvances(projectorSide, projectorPort), followAdvances(readersSide, readersPort)];
  });
  afterEach(() => {
    for (const stop of stops) stop();
    projectorPort.close();
    readersPort.close();
  });

  it('when the projector commits a batch of the task detail, a reader waiting for it is woken and sees it reached', async () => {
    const woken = readersSide.nextAdvance(5_000);
    const started = Date.now();

    projectorSide.advanced('task-detail', { commit: 812n, prepare: 45n });
    await woken;

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(readersSide.reached('task-detail', { commit: 812n, prepare: 45n })).toBe(true);
    expect(readersSide.reached('task-detail', { commit: 812n, prepare: 46n })).toBe(false);
    expect(readersSide.follows('task-detail')).toBe(true);
    expect(readersSide.follows('task-board')).toBe(false);
  });

  it('when a reader waits for the task detail, the projector counts it as awaited lately', async () => {
    expect(projectorSide.awaitedLately('task-detail')).toBe(false);

    readersSide.awaiting(['task-detail', 'organisation']);
    await new Promise((done) => setTimeout(done, 20));

    expect(projectorSide.awaitedLately('task-detail')).toBe(true);
    expect(projectorSide.awaitedLately('organisation')).toBe(true);
    expect(projectorSide.awaitedLately('task-board')).toBe(false);
  });

  it('once the relay is stopped, the projector’s batches no longer reach the readers', async () => {
    for (const stop of stops.splice(0)) stop();

    projectorSide.advanced('task-detail', { commit: 9n, prepare: 1n });
    await new Promise((done) => setTimeout(done, 20));

    expect(readersSide.follows('task-detail')).toBe(false);
  });
});
