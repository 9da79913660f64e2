/** Fixtures for the audit specs: recorded events with a real hash chain, as the command path writes them. */
import * as eventStore from '@app/event-store';
import {
  GENESIS_HASH,
  chainMetadata,
  hashEvent,
  type EventMetadata,
  type HashedEventFields,
  type EventStore,
  type RecordedEvent,
} from '@app/event-store';

export interface EventSpec {
  readonly streamId: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** When the act happened (metadata.occurredAt). */
  readonly at: string;
  readonly actorId?: string;
  /** 1 for an event written before chain version 2 (no id or recorded time in its hash); 3 for an SM3 ledger's. */
  readonly chainVersion?: 1 | 3;
}

/** Records the events in the given (log) order, chaining each stream's hashes; positions 1-1, 1-2, … */
export function recorded(specs: readonly EventSpec[]): RecordedEvent[] {
  const heads = new Map<string, { revision: bigint; hash: string }>();
  return specs.map((spec, index) => {
    const head = heads.get(spec.streamId);
    const revision = head ? head.revision + 1n : 0n;
    const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const recordedAt = new Date(spec.at);
    const fields = {
      id,
      recordedAt,
      streamId: spec.streamId,
      revision,
      type: spec.type,
      data: spec.data,
      metadata: {
        actorId: spec.actorId ?? 'duban-office',
        role: 'supervisor',
        unitId: null,
        commandName: 'Test',
        commandId: `c${index}`,
        correlationId: `c${index}`,
        causationId: `c${index}`,
        occurredAt: spec.at,
      },
    };
    const metadata =
      spec.chainVersion === 1
        ? chainMetadataV1(fields, head?.hash ?? GENESIS_HASH)
        : chainMetadata(fields, head?.hash ?? GENESIS_HASH, spec.chainVersion);
    heads.set(spec.streamId, { revision, hash: String(metadata.hash) });
    return {
      id,
      type: spec.type,
      streamId: spec.streamId,
      revision,
      position: { commit: 1n, prepare: BigInt(index + 1) },
      data: spec.data,
      metadata,
      recordedAt,
    };
  });
}

/** As the command path chained events before version 2: no chainVersion in the metadata. */
function chainMetadataV1(event: HashedEventFields, prevHash: string): EventMetadata {
  const metadata = { ...event.metadata, prevHash };
  return { ...metadata, hash: hashEvent({ ...event, metadata }) };
}

export async function* inBatches<T>(items: readonly T[], size = 2): AsyncIterable<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export const issued = (taskId: string, code: string, deadline: string, at: string): EventSpec => ({
  streamId: `task-${taskId}`,
  type: 'TaskIssued',
  data: {
    taskId,
    programmeId: 'spp-2026',
    code,
    title: `任务${code}：规范推进未成年人检察`,
    description: '说明',
    category: '未成年人检察',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: [],
    deadline,
    issuedAt: at,
  },
  at,
});
export const acknowledged = (taskId: string, at: string): EventSpec => ({
  streamId: `task-${taskId}`,
  type: 'TaskAcknowledged',
  data: { unitId: 'dept-9', acknowledgedAt: at },
  at,
  actorId: 'dept-9-staff',
});
export const accepted = (taskId: string, at: string): EventSpec => ({
  streamId: `task-${taskId}`,
  type: 'CompletionAccepted',
  data: { comment: '同意办结', acceptedAt: at },
  at,
});
export const cancelled = (taskId: string, at: string): EventSpec => ({
  streamId: `task-${taskId}`,
  type: 'TaskCancelled',
  data: { reason: '任务调整，撤销', previousStatus: 'issued', cancelledAt: at },
  at,
});
export const launched = (at: string): EventSpec => ({
  streamId: 'programme-spp-2026',
  type: 'ProgrammeLaunched',
  data: {
    programmeId: 'spp-2026',
    title: '2026年重点督办任务',
    year: 2026,
    issuedOn: '2026-02-08',
    plannedTaskCount: 68,
    launchedAt: at,
  },
  at,
});

/** Just enough of the store port for reading an already recorded log. */
export function logStore(events: readonly RecordedEvent[]): EventStore {
  return {
    append: () => Promise.reject(new Error('read-only')),
    readStream: (streamId) => flatten(events.filter((e) => e.streamId === streamId)),
    readAll: (options = {}) =>
      inBatches(
        events.filter((e) => !options.after || eventStore.comparePositions(e.position, options.after) > 0),
        options.batchSize ?? 2,
      ),
    subscribe: () => flatten([]),
    headPosition: async () => events[events.length - 1]?.position ?? { commit: 0n, prepare: 0n },
    ping: async () => undefined,
    close: async () => undefined,
  };
}

async function* flatten(events: readonly RecordedEvent[]): AsyncIterable<RecordedEvent> {
  yield* events;
}
