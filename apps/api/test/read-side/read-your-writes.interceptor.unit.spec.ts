import { BadRequestException, HttpException, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { of } from 'rxjs';
import type { GlobalPosition } from '@app/event-store';
import type { ProjectionAdmin } from '@app/projector';
import { TaskQueriesController } from '../../src/task-queries/task-queries.controller';
import { READ_MODELS_READ, ReadYourWritesInterceptor } from '../../src/read-side/read-your-writes.interceptor';

/** A ProjectionAdmin that records what it was asked to wait for, and answers `reached`. */
function fakeAdmin(reached: boolean) {
  const waits: { models: unknown; position: GlobalPosition; timeoutMs: number }[] = [];
  const admin = {
    waitForPosition: async (models: unknown, position: GlobalPosition, timeoutMs: number) => (
      waits.push({ models, position, timeoutMs }),
      reached
    ),
  };
  return { admin: admin as unknown as ProjectionAdmin, waits };
}

function contextFor(
  request: { headers?: Record<string, string>; query?: Record<string, unknown> },
  readModels?: string[],
) {
  const handler = () => undefined;
  if (readModels) Reflect.defineMetadata(READ_MODELS_READ, readModels, handler);
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: string) => (headers[name] = value) };
  const context = {
    getHandler: () => handler,
    switchToHttp: () => ({
      getRequest: () => ({ headers: request.headers ?? {}, query: request.query ?? {} }),
      getResponse: () => response,
    }),
  } as unknown as ExecutionContext;
  return { context, headers };
}

const next: CallHandler = { handle: () => of('the answer') };

describe('the read-your-writes interceptor', () => {
  it('lets a query without a position through at once', async () => {
    const { admin, waits } = fakeAdmin(true);
    await new ReadYourWritesInterceptor(new Reflector(), admin).intercept(contextFor({}).context, next);
    expect(waits).toEqual([]);
  });

  it('waits for the read models the endpoint names, for the position of the header, with the default bound of 5 s', async () => {
    const { admin, waits } = fakeAdmin(true);
    const { context } = contextFor({ headers: { 'x-min-position': '812-45' }, query: { minPosition: '1-1' } }, [
      'task-board',
      'organisation',
    ]);
    await new ReadYourWritesInterceptor(new Reflector(), admin).intercept(context, next);
    expect(waits).toEqual([
      { models: ['task-board', 'organisation'], position: { commit: 812n, prepare: 45n }, timeoutMs: 5000 },
    ]);
  });

  it('takes ?minPosition= when there is no header, and waits for every read model when the endpoint names none', async () => {
    const { admin, waits } = fakeAdmin(true);
    await new ReadYourWritesInterceptor(new Reflector(), admin, 250).intercept(
      contextFor({ query: { minPosition: '7-3' } }).context,
      next,
    );
    expect(waits).toEqual([{ models: 'all', position: { commit: 7n, prepare: 3n }, timeoutMs: 250 }]);
  });

  it('answers 503 with Retry-After when the position is not reached in time', async () => {
    const { admin } = fakeAdmin(false);
    const { context, headers } = contextFor({ headers: { 'x-min-position': '9-9' } }, ['task-detail']);
    const failure = await new ReadYourWritesInterceptor(new Reflector(), admin)
      .intercept(context, next)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpException);
    expect((failure as HttpException).getStatus()).toBe(503);
    expect((failure as HttpException).getResponse()).toMatchObject({ code: 'READ_MODEL_BEHIND' });
    expect(headers).toEqual({ 'Retry-After': '1' });
  });

  it.each([['soon'], ['12'], [['1-1', '2-2']]])('refuses the malformed position %j with a 400', async (minPosition) => {
    const { admin, waits } = fakeAdmin(true);
    const failure = await new ReadYourWritesInterceptor(new Reflector(), admin)
      .intercept(contextFor({ query: { minPosition } }).context, next)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BadRequestException);
    expect((failure as BadRequestException).getResponse()).toMatchObject({ code: 'BAD_MIN_POSITION' });
    expect(waits).toEqual([]);
  });

  // Each of these renders names from the organisation read model, so a position must reach it too.
  it.each([
    ['the board', TaskQueriesController.prototype.list, ['task-board', 'organisation']],
    ['a task', TaskQueriesController.prototype.detail, ['task-detail', 'organisation']],
    ['a timeline', TaskQueriesController.prototype.timeline, ['task-timeline', 'organisation']],
  ])('waits, for %s, for its own read model and the organisation', (_endpoint, handler, readModels) => {
    expect(new Reflector().get(READ_MODELS_READ, handler)).toEqual(readModels);
  });
});
