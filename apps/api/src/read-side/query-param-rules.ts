/** Field rules for query strings (all values arrive as text): lists, booleans, real calendar dates. */
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { isCalendarDate } from '@app/supervision';

/** `a,b` or a repeated parameter, as a list of trimmed values. */
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' || Array.isArray(value)
    ? ([] as unknown[])
        .concat(value)
        .flatMap((item) => (typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item]))
    : value;

export function IsListOf(allowed: readonly string[], description: string) {
  return applyDecorators(
    ApiPropertyOptional({
      description: `${description}; one or more of ${allowed.join(', ')}, comma-separated`,
      type: String,
    }),
    IsOptional(),
    Transform(toList),
    IsArray(),
    IsIn(allowed, { each: true, message: `$property must be one or more of ${allowed.join(', ')}` }),
  );
}

/** PostgreSQL refuses NUL in text, and no title or name holds a control character: a 400, not a 500. */
export const NO_CONTROL_CHARACTERS = () =>
  Matches(/^[^\u0000-\u001f\u007f]*$/u, { each: true, message: '$property must not contain control characters' });

/** Free text (Chinese included) up to maxLength characters. */
export function IsQueryText(description: string, maxLength: number) {
  return applyDecorators(
    ApiPropertyOptional({ description, maxLength }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
    NO_CONTROL_CHARACTERS(),
  );
}

export function IsTextList(description: string, maxLength: number) {
  return applyDecorators(
    ApiPropertyOptional({ description: `${description}; comma-separated for several`, type: String }),
    IsOptional(),
    Transform(toList),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
    NO_CONTROL_CHARACTERS(),
  );
}

export function IsBooleanFlag(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ description: `${description}: true or false`, type: Boolean }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: '$property must be true or false' }),
  );
}

/** A real date (2026-02-30 is refused here, not by the database). */
export function IsRealDate(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ description, example: '2026-06-30' }),
    IsOptional(),
    ValidateBy({
      name: 'isRealDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: () => '$property must be a real date YYYY-MM-DD',
      },
    }),
  );
}
