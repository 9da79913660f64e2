/** Field rules shared by the DTOs, so every id, date and text is checked the same way. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
/** Any text but NUL and lone surrogates: neither is a character, and PostgreSQL's jsonb refuses both (a 500 before this rule). */
export const STORABLE_TEXT = /^(?:[^\u0000\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Shown in the OpenAPI document beside each rule, so a client (and the injection spec) can see which strings are not free text. */
const ID_SCHEMA = { pattern: ID_PATTERN.source, minLength: 1, maxLength: 80 };
const DATE_SCHEMA = { format: 'date', pattern: DATE_PATTERN.source, example: '2022-12-31' };

/** Id fields of a list, e.g. co-units: the same rule for each item. */
export const ID_ITEMS = { type: 'string', ...ID_SCHEMA } as const;

/**
 * `example` is an id the demo ledger holds (`npm start` seeds it), so a newcomer's first try finds
 * something; a field naming what the command creates gives none (a demo id there would be taken).
 */
export function IsEntityId(description: string, optional = false, example?: string) {
  const schema = { description, ...ID_SCHEMA, ...(example ? { example } : {}) };
  return applyDecorators(
    ...(optional ? [IsOptional(), ApiPropertyOptional(schema)] : [ApiProperty(schema)]),
    IsString(),
    Matches(ID_PATTERN, { message: '$property must be 1-80 letters, digits, _ . : or -' }),
  );
}

export function IsCalendarDate(description: string, optional = false) {
  return applyDecorators(
    ...(optional
      ? [IsOptional(), ApiPropertyOptional({ description, ...DATE_SCHEMA })]
      : [ApiProperty({ description, ...DATE_SCHEMA })]),
    IsString(),
    Matches(DATE_PATTERN, { message: '$property must be a date YYYY-MM-DD' }),
  );
}

export function IsText(description: string, maxLength: number, optional = false) {
  return applyDecorators(
    ...(optional
      ? [IsOptional(), ApiPropertyOptional({ description, maxLength })]
      : [ApiProperty({ description, minLength: 1, maxLength })]),
    IsString(),
    MinLength(optional ? 0 : 1),
    MaxLength(maxLength),
    Matches(STORABLE_TEXT, { message: '$property must not hold NUL or broken (lone surrogate) characters' }),
  );
}
