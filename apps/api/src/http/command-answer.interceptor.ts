/**
 * Writes a command's headers from its answer, so no route touches the response: the ETag (the
 * stream revision, for the next If-Match), Idempotent-Replayed for a retried Idempotency-Key, and
 * for a command that creates what it names its Location. Only a success reaches here: an error
 * answer names no resource (its ETag, on a 409 or 412, is the error filter's).
 */
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import type { CommandResponse } from './command-response';

/** The route's `locatedAt`, e.g. /api/tasks/{taskId}: its one placeholder is the answer's id. */
export const LOCATED_AT = 'ledger:locatedAt';

@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor<CommandResponse, CommandResponse> {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler<CommandResponse>): Observable<CommandResponse> {
    const locatedAt = this.reflector.get<string | undefined>(LOCATED_AT, context.getHandler());
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((answer) => {
        response.setHeader('ETag', `"${answer.revision}"`);
        if (answer.replayed) response.setHeader('Idempotent-Replayed', 'true');
        if (locatedAt) response.setHeader('Location', locatedAt.replace(/\{[^}]+\}/, encodeURIComponent(answer.id)));
        return answer;
      }),
    );
  }
}
