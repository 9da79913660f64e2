/**
 * Fills an event store with a realistic ledger, fast: the demo programme's 18 task histories (every
 * stage of the lifecycle, Chinese text), repeated under new task ids. Each act is decided by the
 * domain, so the events are what the command path would write, with the same metadata and hash
 * chain; each stream is written in one append, several streams at a time.
 */
import { v5 as uuidv5 } from 'uuid';
import {
  chainMetadata,
  GENESIS_HASH,
  type EventStore,
  type EventToAppend,
  type GlobalPosition,
} from '@app/event-store';
import {
  DIRECTORY_STREAM_ID,
  directoryDecider,
  programmeDecider,
  programmeStreamId,
  taskDecider,
  taskStreamId,
  type Actor,
  type DirectoryState,
  type ProgrammeState,
  type TaskCommand,
} from '@app/supervision';
import { DEMO_LEADERS, DEMO_PROGRAMME, DEMO_UNITS } from '../../apps/api/src/demo/demo-organisation';
import { DEMO_SUPERVISOR, type DemoAct } from '../../apps/api/src/demo/demo-story';
import { demoStories } from '../../apps/api/src/demo/demo-tasks';

export interface LedgerOptions {
  /** How many task streams; every 18 tasks repeat the demo's histories. */
  readonly tasks: number;
  /** Streams appended at once. */
  readonly concurrency?: number;
  /** Called after each task stream is written, with the events written so far. */
  readonly onProgress?: (events: number) => void;
}

export interface WrittenLedger {
  readonly events: number;
  readonly streams: number;
  readonly lastPosition: GlobalPosition;
}

const NAMESPACE = '8f7e4b1a-2c3d-4e5f-9a0b-1c2d3e4f5a6b';
const SET_UP_ON = '2022-01-20';

interface Decided {
  readonly streamId: string;
  readonly events: { readonly type: string; readonly data: object; readonly act: DemoAct }[];
}

export async function appendRealisticLedger(store: EventStore, options: LedgerOptions): Promise<WrittenLedger> {
  const { directory, programme, streams } = organisationStreams();
  let events = 0;
  let lastPosition: GlobalPosition = { commit: 0n, prepare: 0n };
  const write = async (decided: Decided) => {
    const result = await store.append(decided.streamId, toAppend(decided), 'no_stream');
    events += decided.events.length;
    if (
      result.position.commit > lastPosition.commit ||
      (result.position.commit === lastPosition.commit && result.position.prepare > lastPosition.prepare)
    )
      lastPosition = result.position;
  };
  for (const stream of streams) await write(stream);
  const templates = demoStories();
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.tasks; index = next++) {
      await write(
        decideTask(
          templates[index % templates.length].acts,
          Math.floor(index / templates.length),
          directory,
          programme,
        ),
      );
      options.onProgress?.(events);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { events, streams: streams.length + options.tasks, lastPosition };
}

function organisationStreams(): { directory: DirectoryState; programme: ProgrammeState; streams: Decided[] } {
  const on = SET_UP_ON;
  const directoryActs: DemoAct[] = [
    ...DEMO_UNITS.map((unit): DemoAct => ({
      on,
      actor: DEMO_SUPERVISOR,
      command: { type: 'RegisterUnit', data: { ...unit } } as never,
    })),
    ...DEMO_LEADERS.map((leader): DemoAct => ({
      on,
      actor: DEMO_SUPERVISOR,
      command: { type: 'RegisterOfficial', data: { ...leader } } as never,
    })),
  ];
  const directory = decideAll(DIRECTORY_STREAM_ID, directoryDecider, directoryActs, () => ({}));
  const programmeActs: DemoAct[] = [
    {
      on: DEMO_PROGRAMME.issuedOn,
      actor: DEMO_SUPERVISOR,
      command: { type: 'LaunchProgramme', data: { ...DEMO_PROGRAMME } } as never,
    },
  ];
  const programme = decideAll(
    programmeStreamId(DEMO_PROGRAMME.programmeId),
    programmeDecider,
    programmeActs,
    () => ({}),
  );
  return {
    directory: directory.state as DirectoryState,
    programme: programme.state as ProgrammeState,
    streams: [directory.decided, programme.decided],
  };
}

/** The template's acts under a new task id and code (copy 0 keeps a suffix too, so demo data can sit beside it). */
function decideTask(
  template: readonly DemoAct[],
  copy: number,
  directory: DirectoryState,
  programme: ProgrammeState,
): Decided {
  const [issue, ...rest] = template;
  const data = (issue.command as Extract<TaskCommand, { type: 'IssueTask' }>).data;
  const renamed: DemoAct = {
    ...issue,
    command: { type: 'IssueTask', data: { ...data, taskId: `${data.taskId}-c${copy}`, code: `${data.code}-c${copy}` } },
  };
  return decideAll(taskStreamId(`${data.taskId}-c${copy}`), taskDecider, [renamed, ...rest], () => ({
    directory,
    programme,
  })).decided;
}

interface AnyDecider {
  initialState(): unknown;
  evolve(state: unknown, event: { type: string; data: object }): unknown;
  decide(command: unknown, state: unknown, context: object): { type: string; data: object }[];
}

function decideAll(
  streamId: string,
  decider: AnyDecider,
  acts: readonly DemoAct[],
  lookups: () => object,
): { state: unknown; decided: Decided } {
  let state = decider.initialState();
  const events: Decided['events'][number][] = [];
  for (const act of acts) {
    const decided = decider.decide(act.command, state, { actor: act.actor, now: instantOf(act.on), ...lookups() });
    for (const event of decided) {
      state = decider.evolve(state, event);
      events.push({ ...event, act });
    }
  }
  return { state, decided: { streamId, events } };
}

/** The same envelope and hash chain as handle-command writes (one command id per act). */
function toAppend({ streamId, events }: Decided): EventToAppend[] {
  let prevHash = GENESIS_HASH;
  return events.map((event, index) => {
    const commandId = uuidv5(`${streamId}/${event.act.on}/${event.act.command.type}/${index}`, NAMESPACE);
    const actor: Actor = event.act.actor;
    const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
    const id = uuidv5(`${streamId}/${index}`, NAMESPACE);
    const recordedAt = new Date();
    const metadata = chainMetadata(
      {
        id,
        recordedAt,
        streamId,
        revision: BigInt(index),
        type: event.type,
        data,
        metadata: {
          actorId: actor.userId,
          role: actor.role,
          unitId: actor.unitId ?? null,
          commandName: event.act.command.type,
          correlationId: commandId,
          causationId: commandId,
          occurredAt: instantOf(event.act.on).toISOString(),
          schemaVersion: 1,
          commandId,
        },
      },
      prevHash,
    );
    prevHash = String(metadata.hash);
    return { id, type: event.type, data, metadata, recordedAt };
  });
}

function instantOf(on: string): Date {
  return new Date(`${on}T10:00:00+08:00`);
}
