/** A task timeline's query string: a page by number, or the page after a revision (its nextCursor). */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PagedQueryParams } from '../read-side/read-query.params';

export class TimelineParams extends PagedQueryParams {
  @ApiPropertyOptional({
    description:
      'the nextCursor of the previous page (the revision of its last entry): the entries after it, read from the key where that page ended (nothing skipped); page is then ignored',
    type: 'integer',
    minimum: 0,
    example: 49,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: '$property must be the nextCursor of an earlier page (a revision, a whole number from 0)' })
  @Min(0, { message: '$property must be the nextCursor of an earlier page (a revision, a whole number from 0)' })
  @Max(Number.MAX_SAFE_INTEGER, { message: '$property is past any revision' })
  after?: number;
}
