import 'reflect-metadata';
import { Body, Post } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import {
  METHOD_METADATA,
  PATH_METADATA,
  RESPONSE_PASSTHROUGH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { WritesCommandAnswerHeaders } from '../../src/http/command-answer-headers';
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

  it('hands the route its own parameters only, the response going one past them, and keeps what was declared on the method', () => {
    class Commands {
      @Post(':taskId/urge')
      @WritesCommandAnswerHeaders()
      urge(@Body() body: unknown, ...rest: unknown[]): Promise<CommandResponse> {
        return Promise.resolve(acknowledged({ id: String(rest.length), revision: Number(body) }));
      }
    }
    const parameters = Reflect.getMetadata(ROUTE_ARGS_METADATA, Commands, 'urge') as Record<string, { index: number }>;

    expect(parameters[`${RouteParamtypes.BODY}:0`]?.index).toBe(0);
    expect(parameters[`${RouteParamtypes.RESPONSE}:1`]?.index).toBe(1);
    // Passed through: Nest still sends what the route answers.
    expect(Reflect.getMetadata(RESPONSE_PASSTHROUGH_METADATA, Commands, 'urge')).toBe(true);
    expect(Reflect.getMetadata(PATH_METADATA, Commands.prototype.urge)).toBe(':taskId/urge');
    expect(Reflect.getMetadata(METHOD_METADATA, Commands.prototype.urge)).toBeDefined();
    expect(Commands.prototype.urge.name).toBe('urge');
  });

  it('writes nothing when the command fails: the error is the error filter’s to answer', async () => {
    class Commands {
      @WritesCommandAnswerHeaders('/api/tasks/{taskId}')
      issue(...given: unknown[]): Promise<CommandResponse> {
        return Promise.reject(new Error(given.length === 0 ? 'refused' : 'given the response'));
      }
    }
    const headers: Record<string, string> = {};

    await expect(new Commands().issue(responseWriting(headers))).rejects.toThrow('refused');
    expect(headers).toEqual({});
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

function responseWriting(headers: Record<string, string>) {
  return { setHeader: (name: string, value: string) => (headers[name] = value) };
}

/** A route that answers `body`, called as Nest calls it: its body parameter, then the response. */
async function answer(
  body: CommandResponse,
  locatedAt?: string,
): Promise<{ headers: Record<string, string>; body: CommandResponse }> {
  class Commands {
    @WritesCommandAnswerHeaders(locatedAt)
    command(@Body() given: unknown, ...rest: unknown[]): Promise<CommandResponse> {
      // The route sees only its own parameter, never the response.
      return Promise.resolve(given === 'the body' && rest.length === 0 ? body : acknowledged({ id: 'wrong' }));
    }
  }
  const headers: Record<string, string> = {};
  const passed = await new Commands().command('the body', responseWriting(headers));
  return { headers, body: passed };
}
