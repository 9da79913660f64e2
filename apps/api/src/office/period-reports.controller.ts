/** Periodic reports (月报, 季报, 年报) of a programme, replayed from the log: as JSON, as an .xlsx and as a printable page. */
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../auth/parties';
import { ApiRoute } from '../http/api-route';
import { IdParam } from '../http/id-param';
import type { Response } from 'express';
import { reportPage, reportWorkbook, type PeriodReport } from '@app/office';
import { HeavyOperation } from '../http/heavy-operation';
import { ReadQueryParams } from '../read-side/read-query.params';
import { PeriodReporter } from './period-reporter';
import { PeriodReportView } from './period-report.views';
import { XLSX_MEDIA_TYPE } from './upload';
import { attachment } from './xlsx-response';

const DESCRIPTION =
  'Counted by replaying the task streams of the log up to the period’s end (Beijing time), so a past period’s report is the same whenever it is asked for (acts recorded later with an earlier date, as an import of history does, are the one exception). Per period: tasks issued, completions accepted, of those on time by the ORIGINAL deadline, tasks overdue when it ended, urges, extensions granted, completions returned; for the programme, each lead unit and each leader in charge (each act counted for whoever was responsible when it happened), with the period before, the change and a ranking. A period not over yet is reported as of now (final: false).';
const PERIOD = {
  name: 'period',
  required: true,
  description:
    'a month (2026-03, 月报), a quarter (2026-Q1, 季报) or a year (2026, 年报); another form is a 400 BAD_PERIOD',
  schema: { type: 'string', pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$', example: '2022-Q1' },
} as const;

const REPORT_ANSWERS = {
  404: 'no such programme (PROGRAMME_NOT_FOUND)',
  422: 'the period has not started yet (PERIOD_NOT_STARTED)',
};

@ApiTags('office: periodic reports')
@Controller('api/programmes/:programmeId/reports')
export class PeriodReportsController {
  constructor(private readonly reporter: PeriodReporter) {}

  @Get(':period')
  @HeavyOperation()
  @ApiRoute({
    summary: 'A programme’s monthly, quarterly or yearly report — any role',
    description: DESCRIPTION,
    parties: ANY_ROLE,
    ok: { type: PeriodReportView, description: 'the report' },
    answers: REPORT_ANSWERS,
  })
  @ApiParam(PERIOD)
  json(
    @IdParam('programmeId') programmeId: string,
    @Param('period') period: string,
    @Query() _params: ReadQueryParams,
  ): Promise<PeriodReport> {
    return this.reporter.report(programmeId, period);
  }

  @Get(':period/workbook')
  @HeavyOperation()
  @ApiRoute({
    summary: 'The same report as an .xlsx — any role',
    description: `${DESCRIPTION} Sheets: 汇总 (the programme, with the period before and the change), 按单位 and 按领导 (ranked).`,
    parties: ANY_ROLE,
    ok: {
      description: 'the workbook, as an attachment named <programme>-<period>.xlsx',
      content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
    },
    answers: REPORT_ANSWERS,
  })
  @ApiParam(PERIOD)
  async workbook(
    @IdParam('programmeId') programmeId: string,
    @Param('period') period: string,
    @Query() _params: ReadQueryParams,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.reporter.report(programmeId, period);
    attachment(response, `${programmeId}-${report.period.key}.xlsx`).end(await reportWorkbook(report));
  }

  @Get(':period/page')
  @HeavyOperation()
  @ApiRoute({
    summary: 'The same report as a printable page (HTML, Chinese, A4 print styles) — any role',
    description: `${DESCRIPTION} The page: title, the period and the moment the figures are as of, 一、总体情况 (with the period before and the change), 二、各牵头单位情况 and 三、各牵头领导情况 (ranked), and how the figures are counted. No script: print it or save it as PDF from the browser. A period not over yet is marked as such on the page.`,
    parties: ANY_ROLE,
    ok: {
      description: 'the page, UTF-8 HTML',
      content: { 'text/html': { schema: { type: 'string', description: 'HTML' } } },
    },
    answers: REPORT_ANSWERS,
  })
  @ApiParam(PERIOD)
  async page(
    @IdParam('programmeId') programmeId: string,
    @Param('period') period: string,
    @Query() _params: ReadQueryParams,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.reporter.report(programmeId, period);
    response.status(200).type('text/html; charset=utf-8').end(reportPage(report));
  }
}
