/** What the dashboards answer with. Counts come from the board's own rows and flag rule, as of `asOf`. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_STATUSES, TRAFFIC_LIGHTS } from '@app/supervision';
import { countMapSchema } from '../http/count-map.schema';
import { NamedRef } from '../task-queries/task-views';

export class DashboardCountsView {
  @ApiProperty() total: number;
  @ApiProperty(countMapSchema(TASK_STATUSES, 'tasks by status, every status (0 when none)', true)) byStatus: Record<
    string,
    number
  >;
  @ApiProperty(countMapSchema(TRAFFIC_LIGHTS, 'tasks by traffic light as of now, every light (0 when none)', true))
  byLight: Record<string, number>;
  @ApiProperty() overdue: number;
  @ApiProperty() stale: number;
  @ApiProperty({ description: 'accepted (办结), including those under look-back review' }) completed: number;
  @ApiProperty({ description: 'accepted on or before the ORIGINAL deadline' }) completedOnTime: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'completedOnTime / completed, 4 decimals; null when nothing is completed',
  })
  onTimeRate: number | null;
}

export class ProgrammeRefView extends NamedRef {
  @ApiPropertyOptional({ nullable: true, type: 'integer', example: 2022 }) year: number | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer', example: 68 }) plannedTaskCount: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'launched' }) status: string | null;
}

export class ProgrammeDashboardView {
  @ApiProperty({ description: 'the instant the flags were computed for' }) asOf: string;
  @ApiProperty({ type: ProgrammeRefView }) programme: ProgrammeRefView;
  @ApiProperty({ type: DashboardCountsView }) counts: DashboardCountsView;
}

export class GroupDashboardItemView {
  @ApiProperty({ type: NamedRef, description: 'the unit (lead or co-unit) or the lead leader' }) subject: NamedRef;
  @ApiProperty({ type: DashboardCountsView }) counts: DashboardCountsView;
}

export class GroupDashboardView {
  @ApiProperty() asOf: string;
  @ApiPropertyOptional({ nullable: true, type: String }) programmeId: string | null;
  @ApiProperty({ type: [GroupDashboardItemView] }) items: GroupDashboardItemView[];
}
