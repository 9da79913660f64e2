import { BadRequestException } from '@nestjs/common';
import { assertSafeShape, MAX_DEPTH } from '../../src/http/body-shape';

const refusal = (value: unknown) => {
  try {
    assertSafeShape(value, 'body');
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as { code: string; details?: { fields?: { field: string }[] } };
  }
  return undefined;
};

describe('the shape every body and query must have', () => {
  it('takes an ordinary command body, Chinese, emoji and SQL text included', () => {
    expect(
      refusal({
        plan: "制定工作指引 😀 '; DROP TABLE events; --",
        milestones: [{ title: '试点', dueOn: '2026-09-30' }],
      }),
    ).toBeUndefined();
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels, however deep, without overflowing`, () => {
    expect(refusal(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toMatchObject({ code: 'BODY_TOO_DEEP' });
  });

  it.each([
    ['__proto__', JSON.parse('{"reason":"x","__proto__":{"role":"supervisor"}}'), '__proto__'],
    ['a nested constructor', { milestones: [{ constructor: { prototype: {} } }] }, 'milestones.0.constructor'],
    ['prototype', { prototype: 1 }, 'prototype'],
  ])('refuses %s, naming the field', (_, body, field) => {
    expect(refusal(body)?.details?.fields).toEqual([expect.objectContaining({ field })]);
  });

  it.each([
    ['a NUL', { stream: 'task-\u0000' }, 'stream'],
    ['a lone high surrogate', { reason: 'x\ud800' }, 'reason'],
    ['a lone low surrogate', { milestones: [{ title: '\udc00y' }] }, 'milestones.0.title'],
  ])('refuses text with %s, naming the field', (_, body, field) => {
    expect(refusal(body)?.details?.fields).toEqual([expect.objectContaining({ field })]);
  });
});
