/** The nested parts of a task's detail, each a declared DTO so a field the state gains does not reach the answer unnoticed (OWASP API3). */
import { ApiProperty } from '@nestjs/swagger';
import { OUTCOME_KINDS, RATINGS } from '@app/supervision';
import { NamedRef } from './named-ref';

export class WorkPlanView {
  @ApiProperty({ example: '制定工作指引，分批试点。' }) text: string;
  @ApiProperty() submittedAt: string;
}

export class MilestoneView {
  @ApiProperty() milestoneId: string;
  @ApiProperty({ example: '工作指引' }) title: string;
  @ApiProperty({ example: '2026-05-31' }) dueOn: string;
  @ApiProperty({ nullable: true, type: String }) completedAt: string | null;
}

export class ReporterView {
  @ApiProperty({ enum: ['lead_unit', 'co_unit', 'leader'] }) kind: string;
  @ApiProperty({ description: 'unit id for units, official id for the leader' }) id: string;
}

export class ProgressReportView {
  @ApiProperty({ example: '指引起草中' }) summary: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, example: 30 }) percent: number;
  @ApiProperty({ nullable: true, type: String, description: 'the urge this report answers' }) answersUrgeId:
    string | null;
  @ApiProperty({ type: ReporterView }) reportedBy: ReporterView;
  @ApiProperty() reportedAt: string;
}

export class CoUnitProgressView extends ProgressReportView {
  @ApiProperty({ type: NamedRef }) unit: NamedRef;
}

export class InstructionView {
  @ApiProperty() leaderId: string;
  @ApiProperty({ example: '要抓好统一集中办理的规范化。' }) text: string;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ type: NamedRef }) leader: NamedRef;
}

export class UrgeView {
  @ApiProperty() urgeId: string;
  @ApiProperty({ example: '请报送试点进展' }) reason: string;
  @ApiProperty({ example: '2026-03-10' }) replyDueOn: string;
  @ApiProperty() issuedAt: string;
  @ApiProperty({ nullable: true, type: String }) answeredAt: string | null;
}

export class ExtensionRequestView {
  @ApiProperty() requestId: string;
  @ApiProperty() currentDeadline: string;
  @ApiProperty({ example: '2027-03-31' }) requestedDeadline: string;
  @ApiProperty() reason: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ enum: ['open', 'approved', 'rejected'] }) decision: string;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) rejectionReason: string | null;
}

export class CooperationView {
  @ApiProperty() requestId: string;
  @ApiProperty() requestedByUnitId: string;
  @ApiProperty() fromUnitId: string;
  @ApiProperty({ example: '请移送相关线索' }) subject: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ nullable: true, type: String }) response: string | null;
  @ApiProperty({ nullable: true, type: String }) providedAt: string | null;
  @ApiProperty({ type: NamedRef }) requestedBy: NamedRef;
  @ApiProperty({ type: NamedRef }) from: NamedRef;
}

export class OutcomeView {
  @ApiProperty() outcomeId: string;
  @ApiProperty({ enum: OUTCOME_KINDS }) kind: string;
  @ApiProperty({ example: '涉未成年人典型案例（第一批）' }) title: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ description: 'the unit that recorded it' }) unitId: string;
  @ApiProperty() recordedAt: string;
}

export class CountersignView {
  @ApiProperty({ type: NamedRef }) unit: NamedRef;
  @ApiProperty({ nullable: true, type: String, example: '同意' }) comment: string | null;
  @ApiProperty() countersignedAt: string;
}

export class CompletionReportView {
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) outcomeIds: string[];
  @ApiProperty() reportedAt: string;
}

export class CompletionReturnView {
  @ApiProperty() reason: string;
  @ApiProperty() returnedAt: string;
}

export class AcceptanceView {
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() acceptedAt: string;
}

export class RatingView {
  @ApiProperty({ enum: RATINGS }) rating: string;
  @ApiProperty() ratedAt: string;
  @ApiProperty({ example: '优秀' }) label: string;
}

export class RectificationView {
  @ApiProperty() summary: string;
  @ApiProperty() reportedAt: string;
}

export class EvidenceFileRefView {
  @ApiProperty({
    description: 'the SHA-256 of the bytes: download with GET /api/tasks/{taskId}/files/{sha256}',
    pattern: '^[0-9a-f]{64}$',
  })
  sha256: string;
  @ApiProperty({ example: '完成情况报告.pdf' }) name: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ type: 'integer', description: 'bytes' }) size: number;
  @ApiProperty({ description: 'the act that attached it (its event type)', example: 'CompletionReported' })
  attachedBy: string;
  @ApiProperty({ description: 'that act in Chinese', example: '报告完成情况' }) attachedByLabel: string;
  @ApiProperty() attachedAt: string;
  @ApiProperty({
    description: 'where to download it',
    example: '/api/tasks/spp-2022-2022-01/files/3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5',
  })
  href: string;
}

export class LookBackReviewView {
  @ApiProperty() reviewId: string;
  @ApiProperty() findings: string;
  @ApiProperty() openedAt: string;
  @ApiProperty({ type: [RectificationView] }) rectifications: RectificationView[];
  @ApiProperty({ nullable: true, type: String }) conclusion: string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt: string | null;
}

export class MissedDeadlineView {
  @ApiProperty() deadline: string;
  @ApiProperty() recordedAt: string;
}

export class SendBackView {
  @ApiProperty() reason: string;
  @ApiProperty() sentBackAt: string;
}

export class CancellationView {
  @ApiProperty() reason: string;
  @ApiProperty() cancelledAt: string;
}
