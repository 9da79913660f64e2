/** What an import answers: the report per row (dry run or refusal) and what became of each task. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RowProblemCode } from '@app/office';

const PROBLEM_CODES: RowProblemCode[] = [
  'REQUIRED',
  'TOO_LONG',
  'NOT_TEXT',
  'BAD_DATE',
  'DEADLINE_IN_PAST',
  'DUPLICATE_CODE',
  'UNKNOWN_UNIT',
  'AMBIGUOUS_UNIT',
  'UNKNOWN_LEADER',
  'AMBIGUOUS_LEADER',
  'NOT_A_LEADER',
  'LEAD_UNIT_AS_CO_UNIT',
  'DUPLICATE_CO_UNIT',
  'TOO_MANY_CO_UNITS',
  'BAD_MILESTONE',
];

export class RowProblemView {
  @ApiProperty({ type: 'integer', description: 'the spreadsheet row (the header is row 1)', example: 7 })
  row: number;
  @ApiProperty({ description: 'the column’s Chinese header', example: '牵头单位' })
  column: string;
  @ApiProperty({ description: 'what the cell held, as text', example: '第十检察厅' })
  value: string;
  @ApiProperty({ enum: PROBLEM_CODES, example: 'UNKNOWN_UNIT' })
  code: RowProblemCode;
  @ApiProperty({ description: 'why, in Chinese', example: '名录中没有“第十检察厅”这个单位' })
  reason: string;
}

export class ImportedTaskView {
  @ApiProperty({ type: 'integer', example: 2 })
  row: number;
  @ApiProperty({ example: '2022-07' })
  code: string;
  @ApiProperty({
    description: 'the task the row is (or would be) issued as; derived from the programme and the code',
    example: 'task-4b1e0c2a-93f1-5d8e-8a7c-1f2e3d4c5b6a',
  })
  taskId: string;
  @ApiProperty({
    enum: ['to_issue', 'issued', 'exists'],
    description: 'to_issue (dry run), issued now, or exists (the programme already held this code: left as it was)',
  })
  outcome: 'to_issue' | 'issued' | 'exists';
}

export class ImportReportView {
  @ApiProperty({ example: 'spp-2022' })
  programmeId: string;
  @ApiProperty({
    description: 'the correlation id of every event this file causes in this programme (the same file, the same id)',
    example: 'import-0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0',
  })
  importId: string;
  @ApiProperty({ description: 'true for ?dryRun=true: nothing was written' })
  dryRun: boolean;
  @ApiProperty({ description: 'no row has a problem' })
  valid: boolean;
  @ApiProperty({ type: 'integer', description: 'task rows read (empty rows skipped)', example: 68 })
  rows: number;
  @ApiProperty({ type: 'integer', description: 'rows a real run would issue (dry run only; 0 otherwise)', example: 68 })
  toIssue: number;
  @ApiProperty({ type: 'integer', description: 'tasks issued by this call', example: 68 })
  issued: number;
  @ApiProperty({
    type: 'integer',
    description: 'rows whose code the programme already held: nothing issued for them',
    example: 0,
  })
  alreadyPresent: number;
  @ApiProperty({ type: [RowProblemView], description: 'every problem found, by row and column; empty when valid' })
  problems: RowProblemView[];
  @ApiProperty({ type: [ImportedTaskView], description: 'each valid row and what became of it' })
  tasks: ImportedTaskView[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'the log position the import reached; send it as X-Min-Position to see the tasks on the board (null for a dry run)',
    example: '812-45',
  })
  position: string | null;
}
