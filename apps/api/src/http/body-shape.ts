/**
 * Checks a request body's (or query's) shape before class-transformer walks it: no deeper than
 * MAX_DEPTH (a 2 000-level array made the transformer overflow its stack: a 500), and no key that
 * can reach an object's prototype (`__proto__`, `constructor`, `prototype`), which the whitelist
 * does not see because the transformer skips them; and no text with NUL or a lone surrogate, which
 * no field means and PostgreSQL refuses (a NUL in an audit filter was a 500). Iterative, so a
 * hostile body cannot overflow it.
 */
import { BadRequestException } from '@nestjs/common';

export const MAX_DEPTH = 16;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function assertSafeShape(value: unknown, where: 'body' | 'query'): void {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value: current, path, depth } = pending.pop()!;
    if (typeof current === 'string' && UNSTORABLE.test(current))
      refuse(path || where, 'holds a NUL or a broken (lone surrogate) character');
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_DEPTH) {
      throw new BadRequestException({
        code: 'BODY_TOO_DEEP',
        message: `the ${where} is nested deeper than ${MAX_DEPTH} levels`,
        details: { maxDepth: MAX_DEPTH },
      });
    }
    // Object.keys lists an own "__proto__" key that JSON.parse created, as it should.
    for (const key of Object.keys(current)) {
      const field = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) refuse(field, 'is a reserved name and may not be sent');
      pending.push({ value: (current as Record<string, unknown>)[key], path: field, depth: depth + 1 });
    }
  }
}

function refuse(field: string, problem: string): never {
  throw new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: `${field}: ${problem}`,
    details: { fields: [{ field, problems: [problem] }] },
  });
}
