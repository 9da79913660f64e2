/**
 * Object-level reads: on any GET with a `:taskId`, a unit member gets the task only when their unit
 * leads it or co-operates on it (the domain's mayReadTaskInFull); otherwise a 403, logged. Global,
 * so a new read endpoint on a task is scoped without anyone remembering to. The task's units come
 * from its stream, not from a read model, so a lagging projection cannot open a gap.
 */
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AccessDenied, isIssued, mayReadTaskInFull, taskDecider, taskStreamId } from '@app/supervision';
import { EVENT_STORE, foldStream, type EventStore } from '@app/event-store';
import { ID_PATTERN } from '../http/validation/validators';
import type { AuthenticatedRequest } from './current-actor.decorator';

@Injectable()
export class TaskReadScopeGuard implements CanActivate {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { method?: string; params?: Record<string, string> }>();
    const taskId = request.params?.taskId;
    const actor = request.actor;
    // A malformed id is the EntityIdPipe's 400 to give.
    if (request.method !== 'GET' || !taskId || !ID_PATTERN.test(taskId) || actor?.role !== 'unit') return true;
    const { state } = await foldStream(this.store, taskStreamId(taskId), taskDecider);
    // An unknown task is the handler's 404 to give.
    if (!isIssued(state) || mayReadTaskInFull(actor, state)) return true;
    throw new AccessDenied(
      'TASK_NOT_OF_YOUR_UNIT',
      `only the units of task ${state.code} may read it in full; the board shows its public row`,
      {
        taskId,
        userId: actor.userId,
        role: actor.role,
        unitId: actor.unitId ?? null,
      },
    );
  }
}
