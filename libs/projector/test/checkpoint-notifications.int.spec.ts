/**
 * Read-your-writes in an API process whose projector runs elsewhere (its own process, another API
 * holding the lease): the projector notifies each committed batch, and the process's waits wake on
 * the notification rather than on their own queries of the checkpoints.
 */
import { Client } from 'pg';
import { formatPosition } from '@app/event-store';
import { ProjectionPositions } from '../src/projection-positions';
import { Projector } from '../src/projector';
import { CHECKPOINT_CHANNEL, CheckpointListener } from '../src/checkpoint-notifications';
import { connectionOf } from '../src/projector-lease';
import { waitForCheckpoints } from '../src/wait-for-position';
import { FAST_OPTIONS, caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { streamCountsProjection } from './support/stream-counts.projection';

describe('checkpoints notified to the API processes', () => {
  let harness: Harness;
  const closing: (() => Promise<unknown>)[] = [];
  const projection = streamCountsProjection();

  beforeEach(async () => {
    harness = await openHarness();
  });
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
    await harness.close();
  });

  const listening = async (positions: ProjectionPositions) => {
    const listener = new CheckpointListener(connectionOf(harness.dataSource), positions, harness.logger);
    await listener.start();
    closing.push(() => listener.close());
    return listener;
  };
  const notificationsHeard = async () => {
    const client = new Client(connectionOf(harness.dataSource));
    await client.connect();
    await client.query(`listen ${CHECKPOINT_CHANNEL}`);
    const heard: string[] = [];
    client.on('notification', (message) => heard.push(message.payload ?? ''));
    closing.push(() => client.end());
    return heard;
  };

  it('when a projector in another process commits a batch, this process hears of it by notification, as its waits do', async () => {
    // Given a projector with no waits of its own (as in its own process), and this process listening.
    const projector = harness.projector([projection]);
    await projector.start();
    const here = new ProjectionPositions();
    await listening(here);

    const written = await harness.append('task-1', 3);

    expect(
      await waitForCheckpoints(harness.dataSource, [projection.name], written.position, {
        timeoutMs: 5_000,
        pollMs: 60_000,
        positions: here,
      }),
    ).toBe(true);
    // Under load the wait's first look at the checkpoints may come first; the notification follows it all the same.
    await eventually(
      async () => here.reached(projection.name, written.position),
      (reached) => reached,
    );
    expect(here.follows(projection.name)).toBe(true);
  });

  it('when the projector runs in this process and this process listens too, what it hears back is not notified again', async () => {
    // Given the embedded projector sharing this process's positions, which the listener also feeds.
    const heard = await notificationsHeard();
    const positions = new ProjectionPositions();
    const embedded = new Projector({
      dataSource: harness.dataSource,
      store: harness.store,
      projections: [projection],
      options: FAST_OPTIONS,
      logger: harness.logger,
      positions,
    });
    await listening(positions);
    await embedded.start();
    closing.push(() => embedded.stop());
    await harness.append('task-1', 2);
    await caughtUp(harness.admin([projection]));
    await eventually(
      async () => heard.length,
      (count) => count > 0,
    );

    await new Promise((done) => setTimeout(done, 300));
    const settled = heard.length;
    await new Promise((done) => setTimeout(done, 300));

    expect(heard.length).toBe(settled);
    expect(settled).toBeLessThan(10);
  });

  it('skips the notifications its own positions sent, whose waits were woken in process already', async () => {
    // Given this process's positions fed by its listener, and a read model it has not seen move.
    const positions = new ProjectionPositions();
    await listening(positions);
    const client = new Client(connectionOf(harness.dataSource));
    await client.connect();
    closing.push(() => client.end());
    const notify = (origin: string, name: string) =>
      client.query('select pg_notify($1, $2)', [
        CHECKPOINT_CHANNEL,
        JSON.stringify({ origin, advances: [[name, formatPosition({ commit: 7n, prepare: 3n })]] }),
      ]);

    // When one notification comes from these positions and one from another process's,
    await notify(positions.origin, 'sent-from-here');
    await notify('another-process', 'sent-from-there');

    // then only the other process's advance counts here.
    await eventually(
      async () => positions.follows('sent-from-there'),
      (follows) => follows,
    );
    expect(positions.follows('sent-from-here')).toBe(false);
  });
});
