/** Dashboards (统计): per programme, per unit, per leader. Counts agree with the board: same rows, same flag rule, same now. */
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { IsEntityId } from '../http/validators';
import { ReadModelQuery } from '../read-side/read-model-query.decorator';
import { ReadQueryParams } from '../read-side/read-query.params';
import { GroupDashboardView, ProgrammeDashboardView } from './dashboard-views';
import { GetGroupDashboardQuery } from './get-group-dashboard.query';
import { GetProgrammeDashboardQuery } from './get-programme-dashboard.query';

export class GroupDashboardParams extends ReadQueryParams {
  @IsEntityId('only the tasks of this programme', true)
  programme?: string;
}

@ApiTags('dashboards')
@Controller('api/dashboards')
export class DashboardsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('programmes/:programmeId')
  @ReadModelQuery('task-board', 'organisation')
  @ApiOperation({ summary: 'A programme: tasks by status and light, overdue, stale, on-time completion rate (by the original deadline)' })
  @ApiOkResponse({ type: ProgrammeDashboardView })
  @ApiNotFoundResponse({ description: 'no such programme (PROGRAMME_NOT_FOUND)' })
  programme(@Param('programmeId', EntityIdPipe) programmeId: string): Promise<ProgrammeDashboardView> {
    return this.queryBus.execute(new GetProgrammeDashboardQuery(programmeId));
  }

  @Get('units')
  @ReadModelQuery('task-board', 'organisation')
  @ApiOperation({ summary: 'Per unit: the tasks it leads or co-operates on, counted as the board counts them' })
  @ApiOkResponse({ type: GroupDashboardView })
  units(@Query() params: GroupDashboardParams): Promise<GroupDashboardView> {
    return this.queryBus.execute(new GetGroupDashboardQuery('unit', params.programme));
  }

  @Get('leaders')
  @ReadModelQuery('task-board', 'organisation')
  @ApiOperation({ summary: 'Per lead leader (分管院领导): the tasks they lead, counted as the board counts them' })
  @ApiOkResponse({ type: GroupDashboardView })
  leaders(@Query() params: GroupDashboardParams): Promise<GroupDashboardView> {
    return this.queryBus.execute(new GetGroupDashboardQuery('leader', params.programme));
  }
}
