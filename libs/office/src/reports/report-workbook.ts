/** A periodic report as an .xlsx: 汇总 (the programme), 按单位 and 按领导 (ranked), each figure with the period before and the change. */
import { Workbook, type Worksheet } from 'exceljs';
import { FIGURE_KEYS, FIGURE_LABELS } from './period-figures';
import type { PeriodReport, ReportLine } from './period-report';
import { beijingTime } from '../export/ledger-row';

const rate = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

export async function reportWorkbook(report: PeriodReport): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '重点任务督办台账';
  const title = `${report.programmeTitle ?? report.programmeId} ${report.period.label}督办情况${report.period.kind === 'month' ? '月报' : report.period.kind === 'quarter' ? '季报' : '年报'}`;
  const summary = workbook.addWorksheet('汇总');
  heading(summary, title, report);
  summary.addRow(['指标', report.period.label, report.previousPeriod.label, '变化']).font = { bold: true };
  for (const key of FIGURE_KEYS)
    summary.addRow([FIGURE_LABELS[key], report.totals[key], report.previous[key], signed(report.change[key])]);
  summary.addRow(['按期办结率', rate(report.onTimeRate), '', '']);
  summary.columns = [{ width: 14 }, { width: 18 }, { width: 18 }, { width: 10 }];
  lines(workbook.addWorksheet('按单位'), title, report, '牵头单位', report.units);
  lines(workbook.addWorksheet('按领导'), title, report, '牵头领导', report.leaders);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function heading(sheet: Worksheet, title: string, report: PeriodReport): void {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([
    `统计期间：${beijingTime(report.period.from)} 至 ${beijingTime(report.period.to)}（北京时间）${report.final ? '' : `；期间未结束，数据截至 ${beijingTime(report.asOf)}`}`,
  ]);
  sheet.addRow(['依事件日志回放计算：按期办结以原定完成时限为准；期末逾期为期末时点仍未办结且已过现行时限的任务。']);
  sheet.addRow([]);
}

function lines(sheet: Worksheet, title: string, report: PeriodReport, who: string, rows: readonly ReportLine[]): void {
  heading(sheet, title, report);
  const header = sheet.addRow([
    '排名',
    who,
    ...FIGURE_KEYS.map((k) => FIGURE_LABELS[k]),
    '按期办结率',
    ...FIGURE_KEYS.map((k) => `${FIGURE_LABELS[k]}变化`),
  ]);
  header.font = { bold: true };
  for (const line of rows)
    sheet.addRow([
      line.rank,
      line.name,
      ...FIGURE_KEYS.map((k) => line.figures[k]),
      rate(line.onTimeRate),
      ...FIGURE_KEYS.map((k) => signed(line.change[k])),
    ]);
  sheet.columns = [
    { width: 6 },
    { width: 26 },
    ...FIGURE_KEYS.map(() => ({ width: 10 })),
    { width: 11 },
    ...FIGURE_KEYS.map(() => ({ width: 12 })),
  ];
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
