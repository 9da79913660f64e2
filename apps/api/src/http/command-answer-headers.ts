/**
 * Writes a command's headers from its answer, so no route touches the response: the ETag (the
 * stream revision, for the next If-Match), Idempotent-Replayed for a retried Idempotency-Key, and
 * for a command that creates what it names its Location. Only a success reaches here: an error
 * answer names no resource (its ETag, on a 409 or 412, is the error filter's).
 *
 * @CommandRoute wraps the route's method with it once, when the method is decorated, rather than
 * naming an interceptor: any interceptor puts the request through Nest's rxjs pipeline (deferred
 * observables, async scopes, a replay subject, lastValueFrom) for what is three setHeader calls.
 */
import { Res } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { CommandResponse } from './command-response';

/** The part of the response the headers are written to. */
export interface AnswerHeaders {
  setHeader(name: string, value: string): unknown;
}

/** `locatedAt`: the route's, e.g. /api/tasks/{taskId}; its one placeholder is the answer's id. */
export function writeCommandAnswerHeaders(response: AnswerHeaders, answer: CommandResponse, locatedAt?: string): void {
  response.setHeader('ETag', `"${answer.revision}"`);
  if (answer.replayed) response.setHeader('Idempotent-Replayed', 'true');
  if (locatedAt) response.setHeader('Location', locatedAt.replace(/\{[^}]+\}/, encodeURIComponent(answer.id)));
}

type CommandMethod = (...args: unknown[]) => Promise<CommandResponse>;

/**
 * The method, given the response (Nest's @Res in passthrough mode, so Nest still sends what it returns) as one
 * parameter past those it declares, writes the headers from its answer. What other decorators have already
 * set on the method (guards, status, documentation) moves to the wrapper; those applied after it land there.
 */
export function WritesCommandAnswerHeaders(locatedAt?: string): MethodDecorator {
  return (target, key, descriptor) => {
    const method = descriptor.value as unknown as CommandMethod;
    const declared = Object.values(
      (Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key) ?? {}) as Record<string, { index: number }>,
    );
    const responseAt = declared.length === 0 ? 0 : Math.max(...declared.map((parameter) => parameter.index)) + 1;
    Res({ passthrough: true })(target, key, responseAt);
    const wrapped = async function (this: unknown, ...args: unknown[]): Promise<CommandResponse> {
      const answer = await method.apply(this, args.slice(0, responseAt));
      writeCommandAnswerHeaders(args[responseAt] as AnswerHeaders, answer, locatedAt);
      return answer;
    };
    Object.defineProperty(wrapped, 'name', { value: method.name });
    for (const metadataKey of Reflect.getOwnMetadataKeys(method))
      Reflect.defineMetadata(metadataKey, Reflect.getOwnMetadata(metadataKey, method), wrapped);
    (descriptor as PropertyDescriptor).value = wrapped;
  };
}
