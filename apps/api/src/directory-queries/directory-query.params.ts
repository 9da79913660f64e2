/** The directory reads' query strings, each field checked so that a bad one is a 400 naming it. */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  OFFICIAL_KINDS,
  PROGRAMME_STATUSES,
  UNIT_KINDS,
  type OfficialKind,
  type ProgrammeStatus,
  type UnitKind,
} from '@app/supervision';
import type { DirectoryPageRequest, OfficialFilter, ProgrammeFilter, UnitFilter } from '@app/read-models';
import { DEFAULT_PAGE_SIZE } from '../http/validation/page-limit';
import { IsEntityId } from '../http/validation/validators';
import { PagedQueryParams } from '../read-side/read-query.params';
import { IsListOf, IsQueryText } from '../read-side/query-param-rules';

const YEAR_RULE = '$property must be a whole number from 2000 to 2100';

abstract class DirectoryPageParams extends PagedQueryParams {
  toPage(): DirectoryPageRequest {
    return { page: this.page ?? 1, limit: this.limit ?? DEFAULT_PAGE_SIZE };
  }
}

export class ListProgrammesParams extends DirectoryPageParams {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description: 'only the programme of this year',
    example: 2022,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: YEAR_RULE })
  @Min(2000, { message: YEAR_RULE })
  @Max(2100, { message: YEAR_RULE })
  year?: number;

  @IsListOf(PROGRAMME_STATUSES, 'launched (督办中) or closed (已结束)')
  status?: ProgrammeStatus[];

  toFilter(): ProgrammeFilter {
    return { years: this.year === undefined ? undefined : [this.year], statuses: this.status };
  }
}

export class ListUnitsParams extends DirectoryPageParams {
  @IsListOf(UNIT_KINDS, 'kind of unit')
  kind?: UnitKind[];

  @IsQueryText('free text in the name or the id, Chinese included (e.g. 检察厅)', 100)
  q?: string;

  toFilter(): UnitFilter {
    return { kinds: this.kind, q: this.q?.trim() || undefined };
  }
}

export class ListOfficialsParams extends DirectoryPageParams {
  @IsEntityId('only the officials of this unit, e.g. dept-9', true)
  unit?: string;

  @IsListOf(OFFICIAL_KINDS, 'kind of official (leader and committee_member may lead tasks)')
  kind?: OfficialKind[];

  @IsQueryText('free text in the title or the id, Chinese included (e.g. 未成年人)', 100)
  q?: string;

  toFilter(): OfficialFilter {
    return { unitId: this.unit, kinds: this.kind, q: this.q?.trim() || undefined };
  }
}
