/**
 * A board item as the API answers it (documented in OpenAPI) and how it is built from the board's
 * entry, declared together: a board column the API shows is its property here and its line in
 * boardItemView. Ids come with the name the organisation read model knows, codes with their Chinese label.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_STATUS_LABELS, TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS } from '@app/supervision';
import type { BoardEntry, OrganisationNames } from '@app/read-models';
import { NamedRef } from './named-ref';

export class TaskFlagsView {
  @ApiProperty({ enum: TRAFFIC_LIGHTS })
  light: string;
  @ApiProperty({ example: '绿灯' })
  lightLabel: string;
  @ApiProperty()
  overdue: boolean;
  @ApiProperty()
  stale: boolean;
}

export class BoardItemView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'stream revision the row reflects' }) revision: number;
  @ApiProperty({ type: NamedRef }) programme: NamedRef;
  @ApiProperty({ example: '2022-07' }) code: string;
  @ApiProperty({ example: '规范推进未成年人检察业务统一集中办理' }) title: string;
  @ApiProperty({ example: '未成年人检察' }) category: string;
  @ApiProperty({ example: 'in_progress' }) status: string;
  @ApiProperty({ example: '办理中' }) statusLabel: string;
  @ApiProperty({ type: NamedRef }) leadUnit: NamedRef;
  @ApiProperty({ type: [NamedRef] }) coUnits: NamedRef[];
  @ApiProperty({ type: NamedRef }) leader: NamedRef;
  @ApiProperty({ description: 'deadline in force', example: '2026-12-31' }) deadline: string;
  @ApiProperty({ description: 'deadline at issue (what on-time completion is measured by)' }) originalDeadline: string;
  @ApiProperty() issuedAt: string;
  @ApiProperty() updatedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) completedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer', minimum: 0, maximum: 100 }) progressPercent: number | null;
  @ApiProperty() openUrges: number;
  @ApiProperty({ type: TaskFlagsView, description: 'as of now, by the same rule as the detail and the dashboards' })
  flags: TaskFlagsView;
}

export const ref = (names: Map<string, string>, id: string): NamedRef => ({ id, name: names.get(id) ?? null });

function flagsView(flags: {
  light: keyof typeof TRAFFIC_LIGHT_LABELS;
  overdue: boolean;
  stale: boolean;
}): TaskFlagsView {
  return {
    light: flags.light,
    lightLabel: TRAFFIC_LIGHT_LABELS[flags.light],
    overdue: flags.overdue,
    stale: flags.stale,
  };
}

export function boardItemView(entry: BoardEntry, names: OrganisationNames): BoardItemView {
  return {
    id: entry.taskId,
    revision: entry.revision,
    programme: ref(names.programmes, entry.programmeId),
    code: entry.code,
    title: entry.title,
    category: entry.category,
    status: entry.status,
    statusLabel: TASK_STATUS_LABELS[entry.status] ?? entry.status,
    leadUnit: ref(names.units, entry.leadUnitId),
    coUnits: entry.coUnitIds.map((id) => ref(names.units, id)),
    leader: ref(names.officials, entry.leadLeaderId),
    deadline: entry.deadline,
    originalDeadline: entry.originalDeadline,
    issuedAt: entry.issuedAt,
    updatedAt: entry.updatedAt,
    completedAt: entry.completedAt,
    progressPercent: entry.progressPercent,
    openUrges: entry.openUrges,
    flags: flagsView(entry),
  };
}
