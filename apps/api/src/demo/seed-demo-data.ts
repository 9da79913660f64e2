/**
 * Creates the demo programme through the command handlers, so its history is made of real events
 * with real metadata and hashes. Every act has a fixed Idempotency-Key: a restart appends nothing.
 */
import { Logger, type INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '@app/supervision';
import type { CommandResult } from '@app/event-store';
import { commandIdOf, type CommandRequest, ExecuteDirectoryCommand, ExecuteProgrammeCommand, ExecuteTaskCommand } from '@app/commands';
import { DEMO_LEADERS, DEMO_PROGRAMME, DEMO_UNITS } from './demo-organisation';
import { DEMO_SUPERVISOR } from './demo-story';
import { demoStories } from './demo-tasks';

const DIRECTORY_SET_UP_ON = '2022-01-20';

export async function seedDemoData(app: INestApplication): Promise<{ commands: number; appendedEvents: number }> {
  const bus = app.get(CommandBus);
  const started = Date.now();
  let commands = 0;
  let appendedEvents = 0;
  const send = async (build: (request: CommandRequest, commandId: string) => object, key: string, actor: Actor, on: string) => {
    const request: CommandRequest = { actor, idempotencyKey: `demo:${key}`, at: new Date(`${on}T10:00:00+08:00`) };
    const result = (await bus.execute(build(request, commandIdOf(request)) as never)) as CommandResult;
    commands += 1;
    appendedEvents += result.appendedEvents;
  };

  for (const unit of DEMO_UNITS) {
    await send((r, id) => new ExecuteDirectoryCommand({ type: 'RegisterUnit', data: { ...unit } }, id, r), `unit:${unit.unitId}`, DEMO_SUPERVISOR, DIRECTORY_SET_UP_ON);
  }
  for (const leader of DEMO_LEADERS) {
    await send((r, id) => new ExecuteDirectoryCommand({ type: 'RegisterOfficial', data: { ...leader } }, id, r), `official:${leader.officialId}`, DEMO_SUPERVISOR, DIRECTORY_SET_UP_ON);
  }
  await send(
    (r, id) => new ExecuteProgrammeCommand(DEMO_PROGRAMME.programmeId, { type: 'LaunchProgramme', data: { ...DEMO_PROGRAMME } }, id, r),
    `programme:${DEMO_PROGRAMME.programmeId}`,
    DEMO_SUPERVISOR,
    DEMO_PROGRAMME.issuedOn,
  );
  for (const story of demoStories()) {
    for (const [index, act] of story.acts.entries()) {
      await send((r, id) => new ExecuteTaskCommand(story.task.taskId, act.command, id, r), `task:${story.task.code}:${index}`, act.actor, act.on);
    }
  }
  new Logger('DemoData').log(`demo programme ready: ${commands} commands, ${appendedEvents} new events, ${Date.now() - started} ms`);
  return { commands, appendedEvents };
}
