/** The board's query string: every filter, the sort and the page, each checked so a bad one is a 400 naming it. */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TASK_STATUSES, TRAFFIC_LIGHTS, type Actor } from '@app/supervision';
import { BOARD_SORT_FIELDS, type BoardFilter, type BoardPageRequest, type BoardSortField } from '@app/read-models';
import { DEFAULT_PAGE_SIZE } from '../http/validation/page-limit';
import { IsEntityId } from '../http/validation/validators';
import { PagedQueryParams } from '../read-side/read-query.params';
import { IsBooleanFlag, IsListOf, IsQueryText, IsRealDate, IsTextList } from '../read-side/query-param-rules';

export class ListTasksParams extends PagedQueryParams {
  @IsEntityId('programme id', true, 'spp-2022')
  programme?: string;

  @IsListOf(TASK_STATUSES, 'status')
  status?: (typeof TASK_STATUSES)[number][];

  @IsTextList('category (条线), e.g. 未成年人检察', 50)
  category?: string[];

  @IsEntityId('unit id: tasks it leads or co-operates on', true, 'dept-9')
  unit?: string;

  @IsEntityId('lead leader id', true, 'leader-juvenile')
  leader?: string;

  @IsListOf(TRAFFIC_LIGHTS, 'traffic light as of now')
  light?: (typeof TRAFFIC_LIGHTS)[number][];

  @IsBooleanFlag('deadline in force passed and not finished')
  overdue?: boolean;

  @IsBooleanFlag('in progress with no report for the stale period')
  stale?: boolean;

  @IsRealDate('deadline in force strictly before this date')
  dueBefore?: string;

  @IsRealDate('deadline in force strictly after this date')
  dueAfter?: string;

  @IsQueryText(
    'free text in the title, or in the description of a task you may read in full; Chinese included (e.g. 未成年人)',
    100,
  )
  q?: string;

  @ApiPropertyOptional({ enum: BOARD_SORT_FIELDS, default: 'deadline' })
  @IsOptional()
  @IsIn(BOARD_SORT_FIELDS, { message: `$property must be one of ${BOARD_SORT_FIELDS.join(', ')}` })
  sort?: BoardSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: '$property must be asc or desc' })
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({
    description:
      'the nextCursor of the previous page: the page after it, read from the index where that one ended (no rows skipped, so as cheap on page 1,000 as on page 1); with the same filters, sort and order; page is then ignored',
    example: 'WyJkZWFkbGluZSIsImFzYyIsIjIwMjItMDYtMzAiLCJzcHAtMjAyMi0yMDIyLTA3Il0',
    maxLength: 400,
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be a nextCursor the board answered with' })
  after?: string;

  /** The filter as `reader` may apply it: a unit member's free text reaches only its own tasks' descriptions (see mayReadTaskInFull). */
  toFilter(reader: Actor): BoardFilter {
    return {
      programmeId: this.programme,
      statuses: this.status,
      categories: this.category,
      unitId: this.unit,
      leaderId: this.leader,
      lights: this.light,
      overdue: this.overdue,
      stale: this.stale,
      dueBefore: this.dueBefore,
      dueAfter: this.dueAfter,
      q: this.q?.trim() || undefined,
      ...(reader.role === 'unit' ? { descriptionReadableByUnit: reader.unitId ?? null } : {}),
    };
  }

  toPage(): BoardPageRequest {
    return {
      sort: this.sort ?? 'deadline',
      order: this.order ?? 'asc',
      page: this.page ?? 1,
      limit: this.limit ?? DEFAULT_PAGE_SIZE,
      ...(this.after !== undefined ? { after: this.after } : {}),
    };
  }
}
