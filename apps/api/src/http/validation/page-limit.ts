/**
 * The one rule for page sizes on list endpoints (OWASP API4, unrestricted resource consumption):
 * `limit` is a whole number from 1 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when absent; anything else is
 * a 400 that names the field, never a silent full-table read. Use `@IsPageLimit()` on a query DTO
 * field, or `@Query('limit', PageLimitPipe)` on a handler parameter.
 */
import { applyDecorators, BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** For a query DTO's `limit` (query strings are text: "20" becomes 20, "abc" stays and fails IsInt). */
export function IsPageLimit() {
  return applyDecorators(
    ApiPropertyOptional({
      description: `page size, 1 to ${MAX_PAGE_SIZE}`,
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      default: DEFAULT_PAGE_SIZE,
    }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value,
    ),
    IsInt({ message: `$property must be a whole number from 1 to ${MAX_PAGE_SIZE}` }),
    Min(1, { message: `$property must be a whole number from 1 to ${MAX_PAGE_SIZE}` }),
    Max(MAX_PAGE_SIZE, { message: `$property must be at most ${MAX_PAGE_SIZE}` }),
  );
}

/** The same rule for a single `@Query('limit')` parameter; returns DEFAULT_PAGE_SIZE when it is absent. */
@Injectable()
export class PageLimitPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    return parsePageLimit(value);
  }
}

export function parsePageLimit(value: unknown): number {
  if (value === undefined || value === '') return DEFAULT_PAGE_SIZE;
  const limit = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: `limit: must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
      details: { fields: [{ field: 'limit', problems: [`must be a whole number from 1 to ${MAX_PAGE_SIZE}`] }] },
    });
  }
  return limit;
}
