/**
 * Creates the demo through the command handlers, so its history is made of real events with real
 * metadata and hashes: the 2022 programme as history, and the live programme dated around the day
 * the ledger was first seeded (demo-anchor.ts). Every act has a fixed Idempotency-Key: a restart
 * appends nothing. The deadline watcher then catches up before the demo is announced.
 */
import { Logger, type INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor, LaunchProgramme, Clock } from '@app/supervision';
import {
  EVENT_STORE,
  comparePositions,
  type CommandResult,
  type EventStore,
  type GlobalPosition,
} from '@app/event-store';
import { CLOCK, ExecuteCommand, identified, type CommandTarget } from '@app/commands';
import { DEMO_LEADERS, DEMO_PROGRAMME, DEMO_UNITS } from './demo-organisation';
import { findAnchorDay } from './demo-anchor';
import { currentProgramme, currentStories } from './demo-current-programme';
import { DEMO_SUPERVISOR, type DemoStory } from './demo-story';
import { demoStories } from './demo-tasks';
import { settleDeadlines, type SettledDeadlines } from './settle-deadlines';

const DIRECTORY_SET_UP_ON = '2022-01-20';

export interface SeededDemo {
  readonly commands: number;
  /** Events the demo's own commands appended (0 on every start after the first). */
  readonly appendedEvents: number;
  /** The day the live programme's dates are counted from. */
  readonly anchorDay: string;
  /** What the deadline watcher recorded before the demo was announced; undefined without a watcher. */
  readonly deadlines: SettledDeadlines | undefined;
}

export async function seedDemoData(app: INestApplication): Promise<SeededDemo> {
  const bus = app.get(CommandBus);
  const logger = new Logger('DemoData');
  const started = Date.now();
  let commands = 0;
  let appendedEvents = 0;
  // The furthest position the seeding reached: the watcher must not decide before its read model has it.
  let reached: GlobalPosition | undefined;
  const send = async (target: CommandTarget, key: string, actor: Actor, on: string) => {
    const request = identified({ actor, idempotencyKey: `demo:${key}`, at: new Date(`${on}T10:00:00+08:00`) });
    const result: CommandResult = await bus.execute(new ExecuteCommand(target, request));
    commands += 1;
    appendedEvents += result.appendedEvents;
    if (!reached || comparePositions(result.position, reached) > 0) reached = result.position;
  };
  const tell = async (stories: DemoStory[], keyOf: (story: DemoStory) => string) => {
    for (const story of stories) {
      for (const [index, act] of story.acts.entries()) {
        await send(
          { aggregate: 'task', taskId: story.task.taskId, command: act.command },
          `task:${keyOf(story)}:${index}`,
          act.actor,
          act.on,
        );
      }
    }
  };
  const launch = async (programme: LaunchProgramme['data']) =>
    send(
      {
        aggregate: 'programme',
        programmeId: programme.programmeId,
        command: { type: 'LaunchProgramme', data: { ...programme } },
      },
      `programme:${programme.programmeId}`,
      DEMO_SUPERVISOR,
      programme.issuedOn,
    );

  for (const unit of DEMO_UNITS) {
    await send(
      { aggregate: 'directory', command: { type: 'RegisterUnit', data: { ...unit } } },
      `unit:${unit.unitId}`,
      DEMO_SUPERVISOR,
      DIRECTORY_SET_UP_ON,
    );
  }
  for (const leader of DEMO_LEADERS) {
    await send(
      { aggregate: 'directory', command: { type: 'RegisterOfficial', data: { ...leader } } },
      `official:${leader.officialId}`,
      DEMO_SUPERVISOR,
      DIRECTORY_SET_UP_ON,
    );
  }
  await launch(DEMO_PROGRAMME);
  // The 2022 keys name the task by its code, as they always have: a ledger seeded before keeps its events.
  await tell(demoStories(), (story) => story.task.code);

  const anchorDay = await findAnchorDay(app.get<EventStore>(EVENT_STORE), app.get<Clock>(CLOCK).now());
  const current = currentProgramme(anchorDay);
  await launch(current);
  await tell(currentStories(anchorDay), (story) => story.task.taskId);

  const deadlines = await settleDeadlines(app, logger, reached);
  const watched = deadlines
    ? `; deadline watcher caught up: ${deadlines.recorded} missed deadlines recorded, ${deadlines.urged} urged`
    : '';
  logger.log(
    `demo programme ready: ${commands} commands, ${appendedEvents} new events, ${Date.now() - started} ms (${current.title} dated from ${anchorDay}${watched})`,
  );
  return { commands, appendedEvents, anchorDay, deadlines };
}
