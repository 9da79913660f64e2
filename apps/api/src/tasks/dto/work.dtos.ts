/** Bodies of the commands units and leaders use while working on a task. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_ITEMS, ID_PATTERN, IsCalendarDate, IsEntityId, IsText } from '../../http/validation/validators';

export class ReassignResponsibilityDto {
  @IsEntityId('the new lead unit', false, 'dept-6')
  leadUnitId: string;
  @ApiProperty({
    description: 'the co-operating units from now on',
    type: 'array',
    items: { ...ID_ITEMS, example: 'dept-1' },
    maxItems: 30,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: 'each co-unit id must be 1-80 letters, digits, _ . : or -' })
  coUnitIds: string[];
  @IsEntityId('the new leader in charge, when it changes', true, 'leader-civil')
  leadLeaderId?: string;
  @IsText('why', 2000)
  reason: string;
}

export class MilestoneDto {
  @IsText('milestone', 200)
  title: string;
  @IsCalendarDate('due date')
  dueOn: string;
}

export class SubmitWorkPlanDto {
  @IsText('the work plan (工作打算)', 10000)
  plan: string;
  @ApiProperty({
    type: [MilestoneDto],
    maxItems: 50,
    description: 'the milestones; the server gives each its id (answered in created.milestoneIds)',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones: MilestoneDto[];
}

/** An evidence file (佐证材料) uploaded before with POST /api/files: its answer, as given. */
export class AttachmentDto {
  @ApiProperty({
    description: 'the file’s SHA-256 (lower-case hex), as POST /api/files answered it',
    pattern: '^[0-9a-f]{64}$',
    minLength: 64,
    maxLength: 64,
    example: '3b1f0c6e9d2a4b5c8e7f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be 64 lower-case hexadecimal characters' })
  sha256: string;
  @IsText('the file name shown to readers, e.g. 完成情况报告.pdf (no path)', 255)
  name: string;
  @ApiProperty({
    description: 'the media type POST /api/files answered (sniffed from the bytes)',
    pattern: '^[a-z]+/[a-z0-9][a-z0-9.+-]{0,126}$',
    minLength: 3,
    maxLength: 127,
    example: 'application/pdf',
  })
  @IsString()
  @MaxLength(127)
  @Matches(/^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,126}$/, {
    message: '$property must be a media type such as application/pdf',
  })
  mediaType: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 1099511627776,
    description: 'bytes, as POST /api/files answered',
    example: 48213,
  })
  @IsInt()
  @Min(1)
  @Max(1099511627776)
  size: number;
}

/** Evidence files on a report: each uploaded first; the command is refused (422) if one is not in the store. */
function Attachments() {
  return applyDecorators(
    ApiPropertyOptional({
      type: [AttachmentDto],
      maxItems: 20,
      description: 'evidence files (佐证材料), each uploaded first with POST /api/files',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => AttachmentDto),
  );
}

export class ReportProgressDto {
  @IsText('what was done (进展情况)', 5000)
  summary: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: 'how far the task is, in percent',
    example: 40,
  })
  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;
  @IsEntityId('the urge notice this report answers', true)
  answersUrgeId?: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export const OUTCOME_KINDS = ['typical_case', 'rule', 'system', 'report', 'other'] as const;

export class RecordOutcomeDto {
  @ApiProperty({
    enum: OUTCOME_KINDS,
    description: 'typical_case 典型案例, rule 规范性文件, system 制度机制, report 调研报告, other 其他',
  })
  @IsIn(OUTCOME_KINDS)
  kind: (typeof OUTCOME_KINDS)[number];
  @IsText('title', 200)
  title: string;
  @IsText('description', 5000, true)
  description?: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export class RequestCooperationDto {
  @IsEntityId('the unit asked to co-operate', false, 'dept-1')
  fromUnitId: string;
  @IsText('what is asked (协作事项 / 线索移送)', 2000)
  subject: string;
}

export class ProvideCooperationDto {
  @IsText('the answer', 5000)
  response: string;
}

export class RecordInstructionDto {
  @IsText('the instruction (批示)', 5000)
  text: string;
}

export class IssueUrgeNoticeDto {
  @IsText('why the task is urged (催办事由)', 2000)
  reason: string;
  @IsCalendarDate('reply due by')
  replyDueOn: string;
}

export class RequestDeadlineExtensionDto {
  @IsCalendarDate('the deadline asked for')
  requestedDeadline: string;
  @IsText('why', 2000)
  reason: string;
}

export class ReportCompletionDto {
  @IsText('completion report (完成情况)', 10000)
  summary: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export const RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;

export class RateTaskDto {
  @ApiProperty({ enum: RATINGS, description: 'excellent 优秀, good 良好, pass 合格, fail 不合格' })
  @IsIn(RATINGS)
  rating: (typeof RATINGS)[number];
}

export class OpenLookBackReviewDto {
  @IsText('findings (回头看发现的问题)', 5000)
  findings: string;
}

export class ReportRectificationDto {
  @IsText('rectification done (整改情况)', 5000)
  summary: string;
  @Attachments()
  attachments?: AttachmentDto[];
}

export class CloseLookBackReviewDto {
  @IsText('conclusion', 5000)
  conclusion: string;
}
