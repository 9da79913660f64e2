/**
 * The compiled projector process runs the deadline watcher beside the projector, sending its commands
 * through its own command path: on a ledger of 2022 tasks (every deadline long past), each task still
 * open gets its missed deadline recorded once, by the watcher's account, and nothing else is touched.
 */
import type { ChildProcess } from 'node:child_process';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin } from '@app/projector';
import { eventually, headShowing } from '@app/testing';
import type { DataSource } from 'typeorm';
import { evolveTask, initialTaskState, isIssued, type TaskEvent, type TaskState } from '@app/supervision';
import { RECORDABLE_STATUSES } from '@app/deadline-watcher';
import { appendRealisticLedger } from '../../bench/support/realistic-ledger';
import { stopGently } from '../support/child-processes';
import {
  QUIET_LOGGER,
  assertProjectorBuilt,
  openProjectorTestLedger,
  spawnProjector,
  type ProjectorTestLedger,
} from '../support/projector-process';

describe('the projector process', () => {
  let ledger: ProjectorTestLedger;
  let databaseUrl: string;
  let store: EventStore;
  let dataSource: DataSource;
  let child: ChildProcess;
  let output: string[] = [];

  beforeAll(async () => {
    assertProjectorBuilt();
    ledger = await openProjectorTestLedger('watcher');
    ({ databaseUrl, store, dataSource } = ledger);
  });
  afterAll(async () => {
    if (child) await stopGently(child);
    await ledger.close();
  });

  it('records each open task’s missed deadline once through its deadline watcher', async () => {
    const ledger = await appendRealisticLedger(store, { tasks: 18 });
    await headShowing(store, ledger.lastPosition);
    const before = await taskStreams();
    const open = [...before]
      .filter(([, events]) => RECORDABLE_STATUSES.includes(stateOf(events).status as never))
      .map(([streamId]) => streamId);
    expect(open.length).toBeGreaterThan(3);

    ({ child, output } = spawnProjector({ DATABASE_URL: databaseUrl, WATCHER_INTERVAL_MS: '100', LOG_LEVEL: 'log' }));

    const missedIn = (events: RecordedEvent[]) => events.filter((event) => event.type === 'DeadlineMissed');
    const after = await eventually(
      taskStreams,
      (streams) => open.every((streamId) => missedIn(streams.get(streamId)!).length === 1),
      20_000,
    );
    // Once its read model shows what it recorded, the watcher's next rounds find nothing more to do.
    const admin = new ProjectionAdmin({ dataSource, store, projections: ALL_PROJECTIONS, logger: QUIET_LOGGER });
    expect(await admin.waitForPosition('task-deadlines', await store.headPosition(), 10_000)).toBe(true);
    const settled = await taskStreams();

    for (const [streamId, events] of settled) {
      const missed = missedIn(events);
      expect([streamId, missed.length]).toEqual([streamId, open.includes(streamId) ? 1 : 0]);
      if (missed.length === 1) {
        expect(missed[0].data.deadline).toBe((stateOf(before.get(streamId)!) as { deadline: string }).deadline);
        expect(missed[0].metadata).toMatchObject({ actorId: 'deadline-watcher', commandName: 'RecordMissedDeadline' });
      }
      expect(events.length).toBe(before.get(streamId)!.length + missed.length);
    }
    expect(after.size).toBe(18);
    expect(output.join('')).toContain('deadline watcher started: every 100 ms, automatic urge off');
  });

  async function taskStreams(): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>();
    for await (const batch of store.readAll({ streamPrefixes: ['task-'] })) {
      for (const event of batch) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    }
    return streams;
  }
});

function stateOf(events: readonly RecordedEvent[]): TaskState {
  const state = events.reduce<TaskState>(
    (current, event) => evolveTask(current, event as unknown as TaskEvent),
    initialTaskState(),
  );
  if (!isIssued(state)) throw new Error('a task stream without TaskIssued');
  return state;
}
