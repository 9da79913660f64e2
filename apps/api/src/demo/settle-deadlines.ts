/**
 * Lets the deadline watcher catch up before the demo is announced (and so before the server listens):
 * a deadline that passed while the server was down is recorded now, not by the watcher's next round
 * after a client has read a task's ETag, which would then be stale for no act of anyone's.
 */
import { Logger, type INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { EVENT_STORE, comparePositions, type EventStore, type GlobalPosition } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';
import { PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { DeadlineWatcher, commandBusSender, type WatchRound } from '@app/deadline-watcher';

/** How long to wait for the watcher's read model to reach the log's head. */
const CATCH_UP_TIMEOUT_MS = 30_000;
/** A round that recorded something is followed by one that must find nothing; more means acts keep failing. */
const MAX_ROUNDS = 3;

export interface SettledDeadlines {
  /** Missed deadlines recorded (and urges issued) before the demo was announced. */
  readonly recorded: number;
  readonly urged: number;
}

/**
 * Runs watcher rounds until one has nothing to do, each once the watcher's read model has reached both the
 * log's head and `reached` (the seeding's own last write: the head readers see can lag behind it while another
 * session's transaction is open, and a round decided then would leave a missed deadline to a later start). Undefined when the watcher does not run in this
 * process: switched off (WATCHER_ENABLED=false), or beside a projector process of its own
 * (RUN_PROJECTOR=false), whose rounds this process neither times nor waits for.
 */
export async function settleDeadlines(
  app: INestApplication,
  logger = new Logger('DemoData'),
  reached?: GlobalPosition,
): Promise<SettledDeadlines | undefined> {
  const { runInProcess, watcher: settings } = app.get<ProjectorSettings>(PROJECTOR_SETTINGS);
  if (!runInProcess || !settings?.enabled) return undefined;
  const store = app.get<EventStore>(EVENT_STORE);
  const admin = app.get(ProjectionAdmin);
  const watcher = new DeadlineWatcher({
    dataSource: app.get(DataSource),
    send: commandBusSender(app.get(CommandBus)),
    clock: app.get<Clock>(CLOCK),
    settings,
    logger,
  });
  const total = { recorded: 0, urged: 0 };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const head = await store.headPosition();
    const target = reached && comparePositions(reached, head) > 0 ? reached : head;
    if (!(await admin.waitForPosition('task-deadlines', target, CATCH_UP_TIMEOUT_MS))) {
      logger.warn(
        `the task-deadlines read model did not catch up within ${CATCH_UP_TIMEOUT_MS} ms: missed deadlines are left to the watcher's next round`,
      );
      return total;
    }
    const done: WatchRound = await watcher.watchOnce();
    total.recorded += done.recorded;
    total.urged += done.urged;
    if (done.recorded + done.urged + done.failed === 0) return total;
  }
  logger.warn(`deadline watcher still had work after ${MAX_ROUNDS} rounds: the rest is left to its next round`);
  return total;
}
