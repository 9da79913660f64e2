/**
 * Fills an event store quickly with a realistic log: task streams with Chinese text, hash-chained
 * as the command path writes them, appended as many events per call to many streams at once.
 */
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, chainMetadata, type EventStore, type EventToAppend } from '@app/event-store';

export interface SyntheticLogOptions {
  readonly events: number;
  readonly eventsPerStream?: number;
  /** Appends in flight at once. */
  readonly concurrency?: number;
  readonly onProgress?: (appended: number) => void;
  /** The streams' names start with it (default `task-bench-`: task streams the read models project). */
  readonly streamPrefix?: string;
}

const TYPES = ['ProgressReported', 'UrgeNoticeIssued', 'InstructionRecorded', 'OutcomeRecorded'];

export async function appendSyntheticLog(store: EventStore, options: SyntheticLogOptions): Promise<number> {
  const perStream = options.eventsPerStream ?? 100;
  const streams = Math.ceil(options.events / perStream);
  let next = 0;
  let appended = 0;
  const worker = async () => {
    for (let index = next++; index < streams; index = next++) {
      const count = Math.min(perStream, options.events - index * perStream);
      const streamId = `${options.streamPrefix ?? 'task-bench-'}${index}`;
      await store.append(streamId, streamEvents(streamId, count, index), 'no_stream');
      appended += count;
      options.onProgress?.(appended);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return appended;
}

function streamEvents(streamId: string, count: number, seed: number): EventToAppend[] {
  let prevHash = GENESIS_HASH;
  const day = Date.UTC(2026, 0, 1) + (seed % 300) * 86_400_000;
  return Array.from({ length: count }, (_, n) => {
    const revision = BigInt(n);
    const type = n === 0 ? 'TaskIssued' : TYPES[n % TYPES.length];
    const at = new Date(day + n * 60_000).toISOString();
    const data =
      n === 0
        ? issued(seed, at)
        : {
            summary: `第${n}次报告：规范推进未成年人检察业务统一集中办理，已完成试点评估并形成工作指引（${seed}）`,
            percent: n % 100,
            reason: '请按期报送',
            reportedAt: at,
          };
    const id = randomUUID();
    const recordedAt = new Date();
    const metadata = chainMetadata(
      {
        id,
        recordedAt,
        streamId,
        revision,
        type,
        data,
        metadata: {
          actorId: 'dept-9-staff',
          role: 'unit',
          unitId: 'dept-9',
          commandName: 'Bench',
          commandId: randomUUID(),
          correlationId: randomUUID(),
          causationId: randomUUID(),
          occurredAt: at,
          schemaVersion: 1,
        },
      },
      prevHash,
    );
    prevHash = String(metadata.hash);
    return { id, type, data, metadata, recordedAt };
  });
}

function issued(seed: number, at: string): Record<string, unknown> {
  return {
    taskId: `bench-${seed}`,
    programmeId: 'spp-bench',
    code: `B-${seed}`,
    title: `督办任务${seed}：深化人民监督员制度改革`,
    description: '涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理',
    category: '未成年人检察',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: ['dept-1'],
    deadline: '2026-12-31',
    issuedAt: at,
  };
}
