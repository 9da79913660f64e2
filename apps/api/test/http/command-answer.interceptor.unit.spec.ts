import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { CommandAnswerInterceptor, LOCATED_AT } from '../../src/http/command-answer.interceptor';
import type { CommandResponse } from '../../src/http/command-response';

describe('the headers of a command answer', () => {
  it('gives the revision as the ETag, and nothing else, for a command that creates nothing', async () => {
    const { headers } = await answer(acknowledged({ revision: 3 }));

    expect(headers).toEqual({ ETag: '"3"' });
  });

  it('says Idempotent-Replayed when a retried Idempotency-Key answers the first result', async () => {
    const { headers } = await answer(acknowledged({ revision: 1, replayed: true, appendedEvents: 0 }));

    expect(headers).toEqual({ ETag: '"1"', 'Idempotent-Replayed': 'true' });
  });

  it('locates what the command created at the route’s place, its id escaped', async () => {
    const { headers } = await answer(acknowledged({ id: 'spp 2026/01', revision: 0 }), '/api/tasks/{taskId}');

    expect(headers.Location).toBe('/api/tasks/spp%202026%2F01');
  });

  it('passes the body on unchanged', async () => {
    const body = acknowledged({ revision: 2 });

    expect((await answer(body)).body).toBe(body);
  });
});

// Fixtures
function acknowledged(overrides: Partial<CommandResponse>): CommandResponse {
  return {
    id: 'spp-current-01',
    streamId: 'task-spp-current-01',
    revision: 0,
    position: '812-45',
    appendedEvents: 1,
    replayed: false,
    ...overrides,
  };
}

async function answer(
  body: CommandResponse,
  locatedAt?: string,
): Promise<{ headers: Record<string, string>; body: CommandResponse }> {
  const headers: Record<string, string> = {};
  const handler = () => undefined;
  if (locatedAt) Reflect.defineMetadata(LOCATED_AT, locatedAt, handler);
  const context = {
    getHandler: () => handler,
    switchToHttp: () => ({
      getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }),
    }),
  } as unknown as ExecutionContext;
  const next: CallHandler<CommandResponse> = { handle: () => of(body) };
  const passed = await lastValueFrom(new CommandAnswerInterceptor(new Reflector()).intercept(context, next));
  return { headers, body: passed };
}
