/** Periodic reports (月报, 季报, 年报) of a programme, replayed from the log: as JSON and as an .xlsx. */
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { reportWorkbook, type PeriodReport } from '@app/office';
import { EntityIdPipe } from '../http/entity-id.pipe';
import { HeavyOperation } from '../http/heavy-operation';
import { ReadQueryParams } from '../read-side/read-query.params';
import { PeriodReporter } from './period-reporter';
import { PeriodReportView } from './period-report.views';
import { OfficeErrorView } from './task-import.views';
import { XLSX_MEDIA_TYPE } from './upload';
import { attachment } from './xlsx-response';

const DESCRIPTION =
  'Counted by replaying the task streams of the log up to the period’s end (Beijing time), so a past period’s report is the same whenever it is asked for (acts recorded later with an earlier date, as an import of history does, are the one exception). Per period: tasks issued, completions accepted, of those on time by the ORIGINAL deadline, tasks overdue when it ended, urges, extensions granted, completions returned; for the programme, each lead unit and each leader in charge (each act counted for whoever was responsible when it happened), with the period before, the change and a ranking. A period not over yet is reported as of now (final: false).';
const PERIOD = { name: 'period', description: 'a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报)', example: '2022-Q1' };

@ApiTags('office: periodic reports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'no or bad bearer token', type: OfficeErrorView })
@ApiBadRequestResponse({ type: OfficeErrorView, description: 'a period that is not 2026-03, 2026-Q1 or 2026 (BAD_PERIOD), a bad programme id, or an unknown query field' })
@ApiNotFoundResponse({ type: OfficeErrorView, description: 'no such programme (PROGRAMME_NOT_FOUND)' })
@ApiUnprocessableEntityResponse({ type: OfficeErrorView, description: 'the period has not started yet (PERIOD_NOT_STARTED)' })
@Controller('api/programmes/:programmeId/reports')
export class PeriodReportsController {
  constructor(private readonly reporter: PeriodReporter) {}

  @Get(':period')
  @HeavyOperation()
  @ApiOperation({ summary: 'A programme’s monthly, quarterly or yearly report — any role', description: DESCRIPTION })
  @ApiParam(PERIOD)
  @ApiOkResponse({ type: PeriodReportView })
  json(@Param('programmeId', EntityIdPipe) programmeId: string, @Param('period') period: string, @Query() _params: ReadQueryParams): Promise<PeriodReport> {
    return this.reporter.report(programmeId, period);
  }

  @Get(':period/workbook')
  @HeavyOperation()
  @ApiOperation({ summary: 'The same report as an .xlsx — any role', description: `${DESCRIPTION} Sheets: 汇总 (the programme, with the period before and the change), 按单位 and 按领导 (ranked).` })
  @ApiParam(PERIOD)
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ description: 'the workbook, as an attachment named <programme>-<period>.xlsx', content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  async workbook(@Param('programmeId', EntityIdPipe) programmeId: string, @Param('period') period: string, @Query() _params: ReadQueryParams, @Res() response: Response): Promise<void> {
    const report = await this.reporter.report(programmeId, period);
    attachment(response, `${programmeId}-${report.period.key}.xlsx`).end(await reportWorkbook(report));
  }
}
