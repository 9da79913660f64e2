/** Query-string parameters every read endpoint with parameters accepts; the position is read by the interceptor. */
import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsPageLimit } from '../http/validation/page-limit';

export class ReadQueryParams {
  // Documented by @ApiRoute({ readModels }); declared here so that the whitelist lets it through.
  @ApiHideProperty()
  @IsOptional()
  @IsString()
  minPosition?: string;
}

export class PagedQueryParams extends ReadQueryParams {
  @ApiPropertyOptional({ description: 'page number, from 1', minimum: 1, default: 1 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: '$property must be a whole number from 1' })
  @Min(1, { message: '$property must be a whole number from 1' })
  @Max(1_000_000, { message: '$property must be at most 1000000' })
  page?: number;

  @IsPageLimit()
  limit?: number;
}
