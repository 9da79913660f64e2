/** Dashboards (统计): per programme, per unit, per leader. Counts agree with the board: same rows, same flag rule, same now. */
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import { IsEntityId } from '../http/validation/validators';
import { ReadQueryParams } from '../read-side/read-query.params';
import { GroupDashboardView, ProgrammeDashboardView } from './dashboard-views';
import { GetGroupDashboardQuery } from './get-group-dashboard.query';
import { GetProgrammeDashboardQuery } from './get-programme-dashboard.query';

export class GroupDashboardParams extends ReadQueryParams {
  @IsEntityId('only the tasks of this programme', true, 'spp-2022')
  programme?: string;
}

@ApiTags('dashboards')
@Controller('api/dashboards')
export class DashboardsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('programmes/:programmeId')
  @ApiRoute({
    summary:
      'A programme: tasks by status and light, overdue, stale, on-time completion rate (by the original deadline)',
    description:
      'Counted from the same rows and the same flag rule as the board, as of now; the on-time rate is by the original deadline, whatever extensions were granted.',
    parties: ANY_ROLE,
    readModels: ['task-board', 'organisation'],
    ok: { type: ProgrammeDashboardView, description: 'the programme’s figures' },
    answers: { 404: 'no such programme (PROGRAMME_NOT_FOUND)' },
  })
  programme(@IdParam('programmeId') programmeId: string): Promise<ProgrammeDashboardView> {
    return this.queryBus.execute(new GetProgrammeDashboardQuery(programmeId));
  }

  @Get('units')
  @ApiRoute({
    summary: 'Per unit: the tasks it leads or co-operates on, counted as the board counts them',
    description:
      'One row per unit with the counts by status and light, overdue and stale; ?programme= narrows to one programme.',
    parties: ANY_ROLE,
    readModels: ['task-board', 'organisation'],
    ok: { type: GroupDashboardView, description: 'the rows, one per unit' },
  })
  units(@Query() params: GroupDashboardParams): Promise<GroupDashboardView> {
    return this.queryBus.execute(new GetGroupDashboardQuery('unit', params.programme));
  }

  @Get('leaders')
  @ApiRoute({
    summary: 'Per lead leader (分管院领导): the tasks they lead, counted as the board counts them',
    description:
      'One row per leader in charge with the counts by status and light, overdue and stale; ?programme= narrows to one programme.',
    parties: ANY_ROLE,
    readModels: ['task-board', 'organisation'],
    ok: { type: GroupDashboardView, description: 'the rows, one per leader' },
  })
  leaders(@Query() params: GroupDashboardParams): Promise<GroupDashboardView> {
    return this.queryBus.execute(new GetGroupDashboardQuery('leader', params.programme));
  }
}
