/** What the task queries answer with (documented in OpenAPI). Ids come with the name or title the organisation read model knows. */
import { BOARD_EXACT_TOTAL_UP_TO } from '@app/read-models';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_ACTION_COMMANDS, type TaskActionCommand } from '@app/supervision';
import { NamedRef } from './named-ref';
import { BoardItemView } from './board-item.view';
import { DeliveryStatusView } from '../notifications/notification.views';
import {
  AcceptanceView,
  CancellationView,
  CompletionReportView,
  CompletionReturnView,
  CooperationView,
  CountersignView,
  EvidenceFileRefView,
  CoUnitProgressView,
  ExtensionRequestView,
  InstructionView,
  LookBackReviewView,
  MilestoneView,
  MissedDeadlineView,
  OutcomeView,
  ProgressReportView,
  RatingView,
  SendBackView,
  UrgeView,
  WorkPlanView,
} from './task-detail-parts';

export { NamedRef } from './named-ref';
export { BoardItemView, TaskFlagsView } from './board-item.view';

export class PageInfo {
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() pages: number;
}

export class BoardPageView extends PageInfo {
  @ApiProperty({
    description: `false when more than ${BOARD_EXACT_TOTAL_UP_TO.toLocaleString('en')} tasks match: counting stops there, and total (and pages) are that lower bound`,
  })
  totalExact: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'give it as after for the next page (cheaper than page + 1 deep in the board); null on the last page',
  })
  nextCursor: string | null;
  @ApiProperty({ type: [BoardItemView] }) items: BoardItemView[];
}

export class TaskDetailView extends BoardItemView {
  @ApiProperty() description: string;
  @ApiPropertyOptional({ type: WorkPlanView, nullable: true, description: 'work plan (工作打算)' })
  plan: WorkPlanView | null;
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiPropertyOptional({
    type: ProgressReportView,
    nullable: true,
    description: 'latest report of the lead unit or its leader',
  })
  latestProgress: ProgressReportView | null;
  @ApiProperty({ type: [CoUnitProgressView], description: 'latest input of each co-unit' })
  coUnitProgress: CoUnitProgressView[];
  @ApiProperty({ type: [InstructionView], description: 'leaders’ instructions (批示)' })
  instructions: InstructionView[];
  @ApiProperty({ type: [UrgeView], description: 'urges (催办) not answered yet' }) pendingUrges: UrgeView[];
  @ApiProperty({ type: [UrgeView] }) urges: UrgeView[];
  @ApiProperty({ type: [ExtensionRequestView], description: 'extension requests still open' })
  openExtensionRequests: ExtensionRequestView[];
  @ApiProperty({ type: [ExtensionRequestView] }) extensionRequests: ExtensionRequestView[];
  @ApiProperty({ type: [CooperationView], description: 'co-operation requests (协作配合)' })
  cooperation: CooperationView[];
  @ApiProperty({ type: [OutcomeView] }) outcomes: OutcomeView[];
  @ApiProperty({ type: [CountersignView], description: 'countersigns (会签) by co-unit' })
  countersigns: CountersignView[];
  @ApiProperty({ type: [NamedRef], description: 'co-units yet to countersign' }) missingCountersigns: NamedRef[];
  @ApiPropertyOptional({ type: CompletionReportView, nullable: true }) completionReport: CompletionReportView | null;
  @ApiProperty({ type: [CompletionReturnView] }) completionReturns: CompletionReturnView[];
  @ApiPropertyOptional({ type: AcceptanceView, nullable: true }) acceptance: AcceptanceView | null;
  @ApiProperty({ description: 'accepted on or before the ORIGINAL deadline' }) completedOnTime: boolean;
  @ApiPropertyOptional({ type: RatingView, nullable: true, description: 'rating (评价) with its Chinese label' })
  rating: RatingView | null;
  @ApiProperty({ type: [LookBackReviewView], description: 'look-back reviews (回头看) with their rectifications' })
  lookBackReviews: LookBackReviewView[];
  @ApiProperty({
    type: [EvidenceFileRefView],
    description:
      'evidence files (佐证材料) the task’s reports attached, in the order attached, each with the act that attached it',
  })
  evidenceFiles: EvidenceFileRefView[];
  @ApiProperty({ type: [MissedDeadlineView] }) missedDeadlines: MissedDeadlineView[];
  @ApiPropertyOptional({ type: SendBackView, nullable: true }) sentBack: SendBackView | null;
  @ApiPropertyOptional({ nullable: true, type: String }) suspendedFrom: string | null;
  @ApiPropertyOptional({ type: CancellationView, nullable: true }) cancellation: CancellationView | null;
  @ApiProperty({
    enum: TASK_ACTION_COMMANDS,
    enumName: 'TaskActionCommand',
    isArray: true,
    example: ['AcknowledgeTask', 'SendBackTask'],
    description:
      'the commands the caller may send on the task as it stands at this revision, decided by the domain’s decide (libs/supervision allowedTaskCommands): a client offers only these; the command may still be refused for what its body says',
  })
  allowedCommands: TaskActionCommand[];
}

export class TimelineActorView {
  @ApiPropertyOptional({ nullable: true, type: String }) id: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'unit' }) role: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'dept-9' }) unitId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '第九检察厅' }) unitName: string | null;
}

export class TimelineEntryView {
  @ApiProperty() revision: number;
  @ApiProperty() eventId: string;
  @ApiProperty({ example: 'TaskAcknowledged' }) type: string;
  @ApiProperty({ example: '签收' }) label: string;
  @ApiProperty({ example: '第九检察厅 签收任务' }) summary: string;
  @ApiProperty({ type: TimelineActorView }) actor: TimelineActorView;
  @ApiProperty() occurredAt: string;
  @ApiProperty() recordedAt: string;
  @ApiProperty({
    type: [DeliveryStatusView],
    description:
      'whom the notifier told of this event, over which channel, and whether it arrived (delivery records, not events)',
  })
  notifications: DeliveryStatusView[];
}

export class TimelinePageView extends PageInfo {
  @ApiProperty() taskId: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'give it as after for the next page: the revision of this page’s last entry; null on the last page',
    example: '49',
  })
  nextCursor: string | null;
  @ApiProperty({ type: [TimelineEntryView] }) items: TimelineEntryView[];
  @ApiProperty({
    type: [DeliveryStatusView],
    description:
      'the reminders the clock raised on the task (deadline ahead, urge reply due, no progress), each delivery with its status; on every page',
  })
  reminders: DeliveryStatusView[];
}
