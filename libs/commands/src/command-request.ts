/**
 * What a command brings besides its body: the actor, the Idempotency-Key, the expected revision
 * and the correlation id (from an HTTP request, or from the deadline watcher). Turned into the
 * envelope that handle-command writes into metadata.
 */
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_SCHEMA_VERSION, type Actor } from '@app/supervision';
import { traceContextMetadata, type CommandEnvelope } from '@app/event-store';
import { commandFingerprint } from './command-fingerprint';

export interface CommandRequest {
  readonly actor: Actor;
  readonly idempotencyKey?: string;
  /** From If-Match: the stream revision the client saw. */
  readonly expectedRevision?: bigint;
  readonly correlationId?: string;
  /** Set when the command is caused by an event (e.g. the deadline watcher). */
  readonly causationId?: string;
  /**
   * When the act happened, for importing historical records (the demo programme of 2022).
   * Never taken from an HTTP request: only server-side importers set it.
   */
  readonly at?: Date;
}

/** A request with its command id, computed once before the command is built (ids of what it creates derive from it). */
export interface IdentifiedRequest extends CommandRequest {
  readonly commandId: string;
  /**
   * The command id again, when it was drawn at random here (no key): no event can carry it yet.
   * The id itself, not a flag, so that a copy given another commandId (the deadline watcher's, an
   * importer's) does not inherit the promise.
   */
  readonly drawnCommandId?: string;
}

/** Gives a request its command id: from the Idempotency-Key when there is one, else a new random one. */
export function identified(request: CommandRequest): IdentifiedRequest {
  const commandId = commandIdOf(request);
  return { ...request, commandId, ...(request.idempotencyKey ? {} : { drawnCommandId: commandId }) };
}

const ID_NAMESPACE = 'c6f0d6a2-3f0b-4d8e-9a1c-7e2b5d4f8a90';

/** The command id: derived from the Idempotency-Key (per user, so keys of different users never collide), else random. */
export function commandIdOf(request: CommandRequest): string {
  return request.idempotencyKey
    ? uuidv5(`${request.actor.userId}\n${request.idempotencyKey}`, ID_NAMESPACE)
    : randomUUID();
}

/** An id for something the command creates, stable across retries of the same command. */
export function newIdFor(commandId: string, purpose: string): string {
  return uuidv5(`${commandId}\n${purpose}`, ID_NAMESPACE);
}

export function envelopeFor(
  command: { readonly type: string; readonly data: unknown },
  request: IdentifiedRequest,
  now: Date,
): CommandEnvelope {
  const { actor, commandId } = request;
  return {
    commandId,
    expectedRevision: request.expectedRevision,
    newCommandId: request.drawnCommandId === commandId && !request.idempotencyKey,
    // Only a client's key can be reused for another command; a random id never comes back.
    ...(request.idempotencyKey ? { fingerprint: commandFingerprint(command) } : {}),
    metadata: {
      actorId: actor.userId,
      role: actor.role,
      unitId: actor.unitId ?? null,
      commandName: command.type,
      correlationId: request.correlationId ?? commandId,
      causationId: request.causationId ?? commandId,
      occurredAt: now.toISOString(),
      schemaVersion: EVENT_SCHEMA_VERSION,
      ...(request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : {}),
      // The command's span, when traces are on: the projector's spans link back to it.
      ...traceContextMetadata(),
    },
  };
}
