import { noFigures } from '../../src/reports/period-figures';
import type { PeriodReport } from '../../src/reports/period-report';
import { escapeHtml, reportPage } from '../../src/reports/report-page';

const report = (overrides: Partial<PeriodReport> = {}): PeriodReport => ({
  programmeId: 'spp-2026',
  programmeTitle: '2026年重点督办任务',
  period: {
    kind: 'month',
    key: '2026-03',
    label: '2026年3月',
    from: '2026-02-28T16:00:00.000Z',
    to: '2026-03-31T16:00:00.000Z',
  },
  previousPeriod: { key: '2026-02', label: '2026年2月' },
  asOf: '2026-03-31T16:00:00.000Z',
  final: true,
  eventsReplayed: 12,
  totals: { ...noFigures(), issued: 3 },
  previous: noFigures(),
  change: { ...noFigures(), issued: 3 },
  onTimeRate: null,
  units: [],
  leaders: [],
  ...overrides,
});

describe('the printable report page', () => {
  it('is titled as a monthly report, with the period in Beijing time', () => {
    const html = reportPage(report());
    expect(html).toContain('<title>2026年重点督办任务 2026年3月督办情况月报</title>');
    expect(html).toContain('统计期间：2026-03-01 00:00 至 2026-04-01 00:00（北京时间）');
    expect(html).toContain('<tr><td class="name">立项交办</td><td>3</td><td>0</td><td>+3</td></tr>');
    expect(html.match(/<p>本期无数据。<\/p>/g)).toHaveLength(2);
  });

  it('shows a name from the ledger as text, never as markup', () => {
    const line = {
      id: 'dept-x',
      name: '<script>alert(1)</script>',
      figures: noFigures(),
      previous: noFigures(),
      change: noFigures(),
      onTimeRate: null,
      rank: 1,
    };
    const html = reportPage(report({ programmeTitle: '“A&B”<b>', units: [line] }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('“A&amp;B”&lt;b&gt;');
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });
});
