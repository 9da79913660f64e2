/** The year's list from Excel: the template to fill in, and the upload into a programme (dry run or real). */
import { Controller, Get, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import type { Request, Response } from 'express';
import { taskTemplate } from '@app/office';
import type { Actor } from '@app/supervision';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { HeavyOperation } from '../http/heavy-operation';
import { IsBooleanFlag } from '../read-side/query-param-rules';
import { TaskImporter } from './task-importer';
import { ImportReportView } from './task-import.views';
import { IMPORT_MAX_BYTES, UPLOAD_LIMITS, XLSX_MEDIA_TYPE, requireWorkbook, type UploadedFilePart } from './upload';
import { attachment } from './xlsx-response';

export class ImportParams {
  @IsBooleanFlag('check every row and answer the report, writing nothing')
  dryRun?: boolean;
}

const REPORT_EXAMPLE = {
  programmeId: 'spp-2022',
  importId: 'import-0f1e2d3c-4b5a-5968-8776-a5b4c3d2e1f0',
  dryRun: false,
  valid: true,
  rows: 68,
  toIssue: 0,
  issued: 68,
  alreadyPresent: 0,
  problems: [],
  tasks: [{ row: 2, code: '2022-01', taskId: 'task-4b1e0c2a-93f1-5d8e-8a7c-1f2e3d4c5b6a', outcome: 'issued' }],
  position: '812-45',
};

const REFUSAL_EXAMPLE = {
  type: '/api/docs#problem-IMPORT_ROWS_INVALID',
  title: 'Unprocessable Content',
  status: 422,
  detail: '1行不合格，整批未导入：请按报告修改后重新上传',
  instance: '/api/programmes/spp-2022/task-imports',
  statusCode: 422,
  error: 'UNPROCESSABLE_ENTITY',
  code: 'IMPORT_ROWS_INVALID',
  message: '1行不合格，整批未导入：请按报告修改后重新上传',
  details: {
    ...REPORT_EXAMPLE,
    valid: false,
    issued: 0,
    tasks: [],
    position: null,
    problems: [
      {
        row: 7,
        column: '牵头单位',
        value: '第十检察厅',
        code: 'UNKNOWN_UNIT',
        reason: '名录中没有“第十检察厅”这个单位',
      },
    ],
  },
};

@ApiTags('office: the year’s list from Excel')
@Roles('supervisor')
@Controller()
export class TaskImportController {
  constructor(private readonly importer: TaskImporter) {}

  @Get('api/task-imports/template')
  @ApiRoute({
    parties: ['supervisor'],
    ok: {
      description: 'the template, as an attachment (Content-Disposition) named 督办任务导入模板.xlsx',
      content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
    },
    summary: 'The import template (.xlsx) — supervisor',
    description:
      'An empty workbook with the sheet 督办任务 and the Chinese headers the import reads (编号, 任务名称, 任务描述, 类别, 牵头领导, 牵头单位, 配合单位, 完成时限, 里程碑), each with a note on how to fill it in (required ones in red), and a sheet 填写说明. Fill in one task a row from row 2 and upload it with POST /api/programmes/{programmeId}/task-imports.',
  })
  async template(@Res() response: Response): Promise<void> {
    attachment(response, '督办任务导入模板.xlsx').end(await taskTemplate());
  }

  @Post('api/programmes/:programmeId/task-imports')
  @HeavyOperation()
  @UseInterceptors(FileInterceptor('file', { limits: UPLOAD_LIMITS }))
  @ApiRoute({
    parties: ['supervisor'],
    takesBody: true,
    ok: {
      status: 201,
      type: ImportReportView,
      description: 'every row issued, or already present',
      example: REPORT_EXAMPLE,
    },
    answers: {
      404: 'no such programme (PROGRAMME_NOT_FOUND)',
      409: 'the command path refused a row half-way (IMPORT_INCOMPLETE, details.cause), e.g. the programme closed meanwhile; rows before it stay issued',
      422: 'rows with problems: nothing written (IMPORT_ROWS_INVALID, the report in details); the programme is closed (PROGRAMME_CLOSED)',
      503: 'the event store failed half-way (IMPORT_INCOMPLETE; details: importId, failedRow, failedCode, processed, total): upload the same file again to complete it',
    },
    answerExamples: { 422: REFUSAL_EXAMPLE },
    summary: 'Import the year’s list from a workbook into a programme — supervisor',
    description: [
      'Upload an .xlsx in the template’s shape (multipart/form-data, field "file", at most 5 MiB). Units and leaders may be given by id or by their name in the directory when exactly one carries it.',
      'Every row is checked before anything is written: required cells, lengths, dates (2022-12-31, 2022/12/31, 2022年12月31日 or a date cell; not before today), units and leaders known and unambiguous, a leader who may lead tasks, a code not twice in the file, co-units distinct and not the lead unit, milestones written 名称@日期 not after the deadline (they become requirements in the description: the lead unit sets milestones with its work plan).',
      'With ?dryRun=true the answer is the report (200) and nothing is written. Otherwise a list with any problem is refused whole (422 IMPORT_ROWS_INVALID, the report in details); a valid one issues each row through the IssueTask command path (201), all events carrying the import’s correlation id.',
      'Idempotent by code: a row whose code the programme already holds is left as it is (outcome exists), so the same file twice adds nothing. Task and command ids are derived from the programme and the code, so if the store fails half-way (503 IMPORT_INCOMPLETE; the rows before it stay issued: an event log has no transaction across streams), uploading the same file again issues the rest and nothing twice.',
    ].join('\n\n'),
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: `the workbook (.xlsx, at most ${IMPORT_MAX_BYTES} bytes)`,
        },
      },
    },
  })
  @ApiOkResponse({
    type: ImportReportView,
    description: 'dry run: the report (valid or not); nothing written',
    example: {
      ...REPORT_EXAMPLE,
      dryRun: true,
      issued: 0,
      toIssue: 68,
      position: null,
      tasks: [{ ...REPORT_EXAMPLE.tasks[0], outcome: 'to_issue' }],
    },
  })
  async upload(
    @IdParam('programmeId') programmeId: string,
    @Query() params: ImportParams,
    @UploadedFile() file: UploadedFilePart | undefined,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReportView> {
    const workbook = requireWorkbook(request, file);
    if (params.dryRun) {
      response.status(200);
      return this.importer.check(programmeId, workbook);
    }
    response.status(201);
    return this.importer.import(programmeId, workbook, actor);
  }
}
