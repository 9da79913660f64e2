/** What a periodic report answers with (documented in OpenAPI): figures for the programme, each unit and each leader. */
import { ApiProperty } from '@nestjs/swagger';

export class PeriodFiguresView {
  @ApiProperty({ type: 'integer', description: '立项交办: tasks issued in the period', example: 12 })
  issued: number;
  @ApiProperty({ type: 'integer', description: '办结: completions accepted in the period', example: 9 })
  completed: number;
  @ApiProperty({
    type: 'integer',
    description: '按期办结: of those, accepted on or before the ORIGINAL deadline',
    example: 7,
  })
  completedOnTime: number;
  @ApiProperty({
    type: 'integer',
    description: '期末逾期: tasks open with their deadline in force passed when the period ended',
    example: 2,
  })
  overdue: number;
  @ApiProperty({
    type: 'integer',
    description: '催办: urge notices issued in the period (the deadline watcher’s included)',
    example: 3,
  })
  urged: number;
  @ApiProperty({ type: 'integer', description: '延期: deadline extensions granted in the period', example: 1 })
  extended: number;
  @ApiProperty({ type: 'integer', description: '退回重办: completions returned in the period', example: 1 })
  returned: number;
}

export class ReportLineView {
  @ApiProperty({ description: 'unit id or official id', example: 'dept-9' })
  id: string;
  @ApiProperty({
    description: 'the unit’s name or the official’s title in the directory at the period’s end (the id when unknown)',
    example: '第九检察厅',
  })
  name: string;
  @ApiProperty({
    type: PeriodFiguresView,
    description:
      'acts counted for whoever was responsible for the task when they happened; the overdue for who was at the end',
  })
  figures: PeriodFiguresView;
  @ApiProperty({ type: PeriodFiguresView, description: 'the same for the period before' })
  previous: PeriodFiguresView;
  @ApiProperty({ type: PeriodFiguresView, description: 'figures minus previous' })
  change: PeriodFiguresView;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'completedOnTime / completed; null when nothing was completed',
    example: 0.7778,
  })
  onTimeRate: number | null;
  @ApiProperty({
    type: 'integer',
    description:
      '1 for the most completed on time, then the most completed, then the fewest overdue; equal figures share a rank (1, 1, 3)',
    example: 1,
  })
  rank: number;
}

export class ReportPeriodView {
  @ApiProperty({ enum: ['month', 'quarter', 'year'], example: 'quarter' })
  kind: string;
  @ApiProperty({ example: '2022-Q1' })
  key: string;
  @ApiProperty({ example: '2022年第一季度' })
  label: string;
  @ApiProperty({ description: 'start, inclusive (00:00 Beijing time)', example: '2021-12-31T16:00:00.000Z' })
  from: string;
  @ApiProperty({ description: 'end, exclusive', example: '2022-03-31T16:00:00.000Z' })
  to: string;
}

export class PreviousPeriodView {
  @ApiProperty({ example: '2021-Q4' })
  key: string;
  @ApiProperty({ example: '2021年第四季度' })
  label: string;
}

export class PeriodReportView {
  @ApiProperty({ example: 'spp-2022' })
  programmeId: string;
  @ApiProperty({ type: String, nullable: true, example: '最高检党组2022年重点督办任务' })
  programmeTitle: string | null;
  @ApiProperty({ type: ReportPeriodView })
  period: ReportPeriodView;
  @ApiProperty({ type: PreviousPeriodView })
  previousPeriod: PreviousPeriodView;
  @ApiProperty({
    description: 'the moment the figures are as of: the period’s end, or now while it runs',
    example: '2022-03-31T16:00:00.000Z',
  })
  asOf: string;
  @ApiProperty({
    description: 'true once the period is over: the report will not change (the acts counted are those before its end)',
  })
  final: boolean;
  @ApiProperty({ type: 'integer', description: 'task events replayed up to asOf', example: 812 })
  eventsReplayed: number;
  @ApiProperty({ type: PeriodFiguresView })
  totals: PeriodFiguresView;
  @ApiProperty({ type: PeriodFiguresView, description: 'the period before' })
  previous: PeriodFiguresView;
  @ApiProperty({ type: PeriodFiguresView, description: 'totals minus previous' })
  change: PeriodFiguresView;
  @ApiProperty({ type: Number, nullable: true, example: 0.5 })
  onTimeRate: number | null;
  @ApiProperty({ type: [ReportLineView], description: 'each lead unit of the programme’s tasks, ranked' })
  units: ReportLineView[];
  @ApiProperty({ type: [ReportLineView], description: 'each leader in charge of the programme’s tasks, ranked' })
  leaders: ReportLineView[];
}
