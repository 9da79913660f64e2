/** What the directory reads answer with (documented in OpenAPI); the examples are ids of the demo data. */
import { ApiProperty } from '@nestjs/swagger';
import { OFFICIAL_KINDS, PROGRAMME_STATUSES, UNIT_KINDS } from '@app/supervision';
import { NamedRef } from '../task-queries/named-ref';
import { PageInfo } from '../task-queries/task-views';

export class ProgrammeView {
  @ApiProperty({ example: 'spp-current' }) id: string;
  @ApiProperty({ example: '最高检党组2026年重点督办任务' }) title: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
  @ApiProperty({ description: 'the day of the meeting that issued it', example: '2026-01-15' }) issuedOn: string;
  @ApiProperty({ type: 'integer', description: 'how many tasks the programme announced', example: 68 })
  plannedTaskCount: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: string;
  @ApiProperty({ example: '督办中' }) statusLabel: string;
  @ApiProperty({ description: 'when the launch was recorded', example: '2026-01-15T02:00:00.000Z' }) launchedAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'the annual summary (完成情况), once closed' }) summary:
    string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt: string | null;
}

export class ProgrammePageView extends PageInfo {
  @ApiProperty({ type: [ProgrammeView] }) items: ProgrammeView[];
}

export class UnitView {
  @ApiProperty({ example: 'dept-9' }) id: string;
  @ApiProperty({ example: '第九检察厅（未成年人检察）' }) name: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind: string;
  @ApiProperty({ example: '内设机构' }) kindLabel: string;
  @ApiProperty({ example: '2022-01-20T02:00:00.000Z' }) registeredAt: string;
}

export class UnitPageView extends PageInfo {
  @ApiProperty({ type: [UnitView] }) items: UnitView[];
}

export class OfficialView {
  @ApiProperty({ description: 'the id a task names as its lead leader (leadLeaderId)', example: 'leader-juvenile' })
  id: string;
  @ApiProperty({ description: 'a title, never a person’s name', example: '分管未成年人检察的院领导' }) title: string;
  @ApiProperty({ enum: OFFICIAL_KINDS, description: 'leader and committee_member may lead tasks' }) kind: string;
  @ApiProperty({ example: '院领导' }) kindLabel: string;
  @ApiProperty({ type: NamedRef, nullable: true, description: 'the unit the official belongs to, if any' })
  unit: NamedRef | null;
  @ApiProperty({ example: '2022-01-20T02:00:00.000Z' }) registeredAt: string;
}

export class OfficialPageView extends PageInfo {
  @ApiProperty({ type: [OfficialView] }) items: OfficialView[];
}
