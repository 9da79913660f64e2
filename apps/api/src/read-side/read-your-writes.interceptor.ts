/**
 * Read-your-writes for every query endpoint, in one place: a client that sends the position a
 * command answered with (`X-Min-Position` header or `?minPosition=`) gets an answer only once the
 * read models the endpoint reads have reached it. The wait is bounded; past it the answer is a 503
 * with Retry-After, never a stale read passed off as fresh. Endpoints opt in with @ApiRoute({ readModels }).
 */
import {
  BadRequestException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Optional,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { parsePosition } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';

export const READ_MODELS_READ = Symbol('READ_MODELS_READ');
export const READ_YOUR_WRITES_TIMEOUT_MS = Symbol('READ_YOUR_WRITES_TIMEOUT_MS');
export const DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS = 5_000;
const RETRY_AFTER_SECONDS = 1;

@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly admin: ProjectionAdmin,
    @Optional()
    @Inject(READ_YOUR_WRITES_TIMEOUT_MS)
    private readonly timeoutMs: number = DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const asked = minPositionOf(request);
    if (asked === undefined) return next.handle();
    const position = parsePosition(asked);
    if (!position) {
      throw new BadRequestException({
        code: 'BAD_MIN_POSITION',
        message: `X-Min-Position (or minPosition) must be a position a command answered with, e.g. "812-45"; got "${asked.slice(0, 60)}"`,
      });
    }
    const models = this.reflector.get<readonly string[] | undefined>(READ_MODELS_READ, context.getHandler()) ?? 'all';
    if (!(await this.admin.waitForPosition(models, position, this.timeoutMs))) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      throw new HttpException(
        {
          code: 'READ_MODEL_BEHIND',
          message: `the read models have not reached position ${asked} within ${this.timeoutMs} ms; retry shortly`,
          details: { minPosition: asked, waitedMs: this.timeoutMs, readModels: models },
        },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return next.handle();
  }
}

function minPositionOf(request: Request): string | undefined {
  const header = request.headers['x-min-position'];
  const query = request.query.minPosition;
  const given = header ?? query;
  if (given === undefined) return undefined;
  if (typeof given !== 'string')
    throw new BadRequestException({
      code: 'BAD_MIN_POSITION',
      message: 'give X-Min-Position (or minPosition) once, as one position',
    });
  return given;
}
