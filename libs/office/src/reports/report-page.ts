/**
 * A periodic report as a printable page (A4, Chinese): the same figures as the JSON and the .xlsx,
 * laid out as an office hands a report to the leadership. Plain HTML with its print CSS inline and
 * no script, so it prints (or saves as PDF) from any browser as it is.
 */
import { FIGURE_KEYS, FIGURE_LABELS, type PeriodFigures } from './period-figures';
import type { PeriodReport, ReportLine } from './period-report';
import { beijingTime } from '../export/ledger-row';

const KIND_WORDS: Readonly<Record<string, string>> = { month: '月报', quarter: '季报', year: '年报' };

export function reportTitle(report: PeriodReport): string {
  return `${report.programmeTitle ?? report.programmeId} ${report.period.label}督办情况${KIND_WORDS[report.period.kind] ?? '报告'}`;
}

export function reportPage(report: PeriodReport): string {
  const title = reportTitle(report);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4; margin: 18mm 15mm; }
  body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; color: #000; margin: 0 auto; max-width: 190mm; font-size: 11pt; line-height: 1.5; }
  h1 { font-size: 18pt; text-align: center; margin: 0 0 6pt; }
  h2 { font-size: 13pt; margin: 14pt 0 6pt; border-bottom: 1px solid #000; }
  p.meta { text-align: center; margin: 0 0 4pt; font-size: 10pt; }
  table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; page-break-inside: auto; }
  th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
  th { background: #eee; font-weight: bold; }
  td.name { text-align: left; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  .note { font-size: 9pt; color: #333; }
  .draft { text-align: center; font-weight: bold; border: 1px dashed #000; padding: 2pt; }
  @media print { .screen-only { display: none; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">统计期间：${beijingTime(report.period.from)} 至 ${beijingTime(report.period.to)}（北京时间）</p>
<p class="meta">数据截至 ${beijingTime(report.asOf)}（北京时间）；回放事件 ${report.eventsReplayed} 条</p>
${report.final ? '' : '<p class="draft">期间尚未结束：本页数据截至上述时点，仍会变化</p>\n'}<p class="screen-only note">打印或另存为 PDF：使用浏览器的“打印”（Ctrl+P）。</p>
<h2>一、总体情况</h2>
<table>
<thead><tr><th>指标</th><th>${escapeHtml(report.period.label)}</th><th>${escapeHtml(report.previousPeriod.label)}</th><th>变化</th></tr></thead>
<tbody>
${FIGURE_KEYS.map((key) => `<tr><td class="name">${FIGURE_LABELS[key]}</td><td>${report.totals[key]}</td><td>${report.previous[key]}</td><td>${signed(report.change[key])}</td></tr>`).join('\n')}
<tr><td class="name">按期办结率</td><td>${rate(report.onTimeRate)}</td><td>${rate(rateOf(report.previous))}</td><td></td></tr>
</tbody>
</table>
<h2>二、各牵头单位情况（按排名）</h2>
${linesTable('牵头单位', report.units)}
<h2>三、各牵头领导情况（按排名）</h2>
${linesTable('牵头领导', report.leaders)}
<p class="note">说明：依事件日志回放计算，过去期间的报告随时查询结果相同。按期办结以原定完成时限为准；期末逾期为期末时点仍未办结且已过现行完成时限的任务；各项行为计入行为发生时的责任单位、责任领导。排名依次比较按期办结数、办结数（多者在前）和期末逾期数（少者在前），相同者并列。</p>
</body>
</html>
`;
}

function linesTable(who: string, lines: readonly ReportLine[]): string {
  if (lines.length === 0) return '<p>本期无数据。</p>';
  const head = `<tr><th>排名</th><th>${who}</th>${FIGURE_KEYS.map((key) => `<th>${FIGURE_LABELS[key]}</th>`).join('')}<th>按期办结率</th><th>办结数较上期</th></tr>`;
  const rows = lines.map(
    (line) =>
      `<tr><td>${line.rank}</td><td class="name">${escapeHtml(line.name)}</td>${FIGURE_KEYS.map((key) => `<td>${line.figures[key]}</td>`).join('')}<td>${rate(line.onTimeRate)}</td><td>${signed(line.change.completed)}</td></tr>`,
  );
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** Every text from the ledger (names, titles) goes through here: a unit named <script> is shown, never run. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const rate = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const rateOf = (figures: PeriodFigures) =>
  figures.completed === 0 ? null : figures.completedOnTime / figures.completed;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
