/**
 * 报表: a programme's monthly, quarterly or yearly report (月报, 季报, 年报) as the API replays it —
 * the headline figures with the change from the period before, a chart of both periods and one of
 * the units with the figures beside them, the units' and the leaders' ranked tables — and the same
 * report as an .xlsx or a printable page.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Radio, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { Chart } from '../components/Chart';
import { ProgrammeSelect, useChosenProgramme } from '../components/ProgrammeSelect';
import { useLang } from '../i18n';
import { FIGURE_KEYS, figureLabel } from '../labels';
import {
  changeOf,
  downloadReportWorkbook,
  isAfterCurrentPeriod,
  lastCompletePeriodKey,
  openReportPage,
  periodKeyOf,
  periodStart,
  type PeriodKind,
} from '../period-reports';
import { formatTime } from '../time';

type Report = Schemas['PeriodReportView'];
type Line = Schemas['ReportLineView'];
type Figures = Schemas['PeriodFiguresView'];

const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;

const KINDS: readonly { kind: PeriodKind; zh: string; en: string }[] = [
  { kind: 'month', zh: '月报', en: 'Monthly' },
  { kind: 'quarter', zh: '季报', en: 'Quarterly' },
  { kind: 'year', zh: '年报', en: 'Yearly' },
];

/** A bar's figure on it, but none on an empty one (a row of 0s over nothing reads as noise). */
const BAR_LABEL = {
  show: true,
  position: 'inside',
  color: '#fff',
  formatter: ({ value }: { value: unknown }) => (value === 0 ? '' : String(value)),
} as const;

/** Nothing happened in the period and nothing was overdue at its end. */
const isEmpty = (figures: Figures) => FIGURE_KEYS.every((key) => figures[key] === 0);

export default function ReportsPage({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useLang();
  const { message } = App.useApp();
  const chosenProgramme = useChosenProgramme();
  const { programmes, programmeId } = chosenProgramme;
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [key, setKey] = useState(() => lastCompletePeriodKey('quarter', now()));
  const [busy, setBusy] = useState<'workbook' | 'page' | null>(null);

  const report = useQuery({
    queryKey: ['period-report', programmeId, key],
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/reports/{period}', {
          params: { path: { programmeId: programmeId!, period: key } },
        }),
      ),
    enabled: programmeId !== undefined,
  });

  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    setKey(lastCompletePeriodKey(next, now()));
  };
  const fetchFile = async (what: 'workbook' | 'page') => {
    if (!programmeId) return;
    setBusy(what);
    try {
      await (what === 'workbook' ? downloadReportWorkbook(programmeId, key) : openReportPage(programmeId, key));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const data = report.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('报表', 'Reports')}
      </Typography.Title>
      <Space wrap>
        <ProgrammeSelect {...chosenProgramme} />
        <Radio.Group
          aria-label={t('报表类型', 'Report kind')}
          optionType="button"
          value={kind}
          onChange={(event) => chooseKind(event.target.value as PeriodKind)}
          options={KINDS.map((k) => ({ value: k.kind, label: t(k.zh, k.en) }))}
        />
        <DatePicker
          aria-label={t('报告期', 'Period')}
          picker={kind}
          allowClear={false}
          value={periodStart(key)}
          format={kind === 'quarter' ? 'YYYY-[Q]Q' : kind === 'month' ? 'YYYY-MM' : 'YYYY'}
          disabledDate={(date) => isAfterCurrentPeriod(kind, date, now())}
          onChange={(date) => {
            if (date) setKey(periodKeyOf(kind, date));
          }}
        />
        <Button
          disabled={!programmeId || !data}
          loading={busy === 'workbook'}
          onClick={() => void fetchFile('workbook')}
        >
          {t('下载 Excel', 'Download .xlsx')}
        </Button>
        <Button disabled={!programmeId || !data} loading={busy === 'page'} onClick={() => void fetchFile('page')}>
          {t('打印版', 'Printable page')}
        </Button>
      </Space>
      {report.error ? (
        <Alert
          type="error"
          showIcon
          message={report.error instanceof Error ? report.error.message : String(report.error)}
        />
      ) : null}
      {!programmeId && programmes.length === 0 ? (
        <Typography.Text type="secondary">
          {t('尚无督办批次，无可统计的报表。', 'No programme yet: nothing to report.')}
        </Typography.Text>
      ) : null}
      {report.isLoading ? <Card loading size="small" /> : null}
      {data ? <ReportView report={data} /> : null}
    </Space>
  );
}

function ReportView({ report: r }: { report: Report }) {
  const { t, lang } = useLang();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="period-report">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-title">
          {`${r.programmeTitle ?? r.programmeId} ${r.period.label}`}
        </Typography.Title>
        {r.final ? null : <Tag>{t('本期尚未结束', 'Period not over yet')}</Tag>}
        <Typography.Text type="secondary">
          {t(
            `数据截至 ${formatTime(r.asOf, lang)}；上期：${r.previousPeriod.label}`,
            `As of ${formatTime(r.asOf, lang)}; the period before: ${r.previousPeriod.key}`,
          )}
        </Typography.Text>
      </Space>
      {isEmpty(r.totals) ? (
        <Alert
          type="info"
          showIcon
          data-testid="report-empty"
          message={t(
            `本期无任务：${r.period.label}该批次没有立项、办结、催办、延期或退回，期末也没有逾期任务。`,
            `Nothing this period: in ${r.period.key} the programme had no task issued, completed, urged, extended or returned, and none overdue at its end.`,
          )}
        />
      ) : null}
      <Headline report={r} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('本期与上期', 'This period and the one before')}>
            {isEmpty(r.totals) && isEmpty(r.previous) ? (
              <Typography.Text type="secondary" data-testid="comparison-empty">
                {t('本期与上期均无任务活动。', 'No task activity this period or the one before.')}
              </Typography.Text>
            ) : (
              <Chart
                label={t(
                  `本期与上期对比柱状图：${FIGURE_KEYS.map((k) => `${figureLabel(k, lang)}${r.totals[k]}，上期${r.previous[k]}`).join('；')}`,
                  `This period against the one before, bar chart: ${FIGURE_KEYS.map((k) => `${figureLabel(k, lang)} ${r.totals[k]} (before ${r.previous[k]})`).join('; ')}`,
                )}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { bottom: 0 },
                  grid: { left: 40, right: 16, top: 24, bottom: 56 },
                  xAxis: {
                    type: 'category',
                    data: FIGURE_KEYS.map((k) => figureLabel(k, lang)),
                    axisLabel: { interval: 0 },
                  },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    {
                      name: t('本期', 'This period'),
                      type: 'bar',
                      data: FIGURE_KEYS.map((k) => r.totals[k]),
                      itemStyle: { color: '#b71c1c' },
                      label: { show: true, position: 'top' },
                    },
                    {
                      name: t('上期', 'Period before'),
                      type: 'bar',
                      data: FIGURE_KEYS.map((k) => r.previous[k]),
                      itemStyle: { color: '#8c8c8c' },
                      label: { show: true, position: 'top' },
                    },
                  ],
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('各牵头单位办结与逾期', 'Completed and overdue per lead unit')}>
            <UnitChart lines={r.units} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('各牵头单位情况（排名）', 'Lead units, ranked')}>
        <LineTable
          lines={r.units}
          nameTitle={t('牵头单位', 'Lead unit')}
          empty={t('本期无牵头单位有任务活动', 'No lead unit had any task activity this period')}
        />
      </Card>
      <Card size="small" title={t('各牵头领导情况（排名）', 'Leaders in charge, ranked')}>
        <LineTable
          lines={r.leaders}
          nameTitle={t('牵头领导', 'Leader')}
          empty={t('本期无牵头领导有任务活动', 'No leader had any task activity this period')}
        />
      </Card>
      <Typography.Text type="secondary">
        {t(
          `按期办结按原定时限计（延期不算按期）；期末逾期为本期结束时已过时限仍未办结的任务；排名先按按期办结数，再按办结数，再按逾期少者。回放事件 ${r.eventsReplayed} 个。`,
          `On time is by the original deadline (an extension does not make a late task on time); overdue counts the open tasks past their deadline when the period ended; ranked by completed on time, then completed, then the fewest overdue. ${r.eventsReplayed} events replayed.`,
        )}
      </Typography.Text>
    </Space>
  );
}

function Headline({ report: r }: { report: Report }) {
  const { t, lang } = useLang();
  return (
    <Row gutter={[16, 16]} data-testid="report-headline">
      {FIGURE_KEYS.map((k) => {
        const change = changeOf(r.change[k], t);
        return (
          <Col xs={12} md={6} xl={3} key={k}>
            <Card size="small" data-figure={k}>
              <Statistic title={figureLabel(k, lang)} value={r.totals[k]} />
              <Typography.Text type="secondary" data-testid={`change-${k}`} aria-label={change.spoken}>
                {t('较上期 ', 'vs before ')}
                {change.text}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
      <Col xs={12} md={6} xl={3}>
        <Card size="small" data-figure="onTimeRate">
          <Statistic title={t('按期办结率', 'On-time rate')} value={rate(r.onTimeRate)} />
          <Typography.Text type="secondary">{t('按原定时限', 'by the original deadline')}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

function UnitChart({ lines }: { lines: readonly Line[] }) {
  const { t, lang } = useLang();
  const shown = lines.filter((line) => line.figures.completed > 0 || line.figures.overdue > 0).slice(0, 12);
  if (shown.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="units-chart-empty">
        {t('本期无单位办结或逾期任务。', 'No unit completed a task or had one overdue this period.')}
      </Typography.Text>
    );
  const names = shown.map((line) => line.name);
  return (
    <Chart
      label={t(
        `各牵头单位办结与逾期柱状图：${shown.map((l) => `${l.name}按期办结${l.figures.completedOnTime}，逾期办结${l.figures.completed - l.figures.completedOnTime}，期末逾期${l.figures.overdue}`).join('；')}`,
        `Completed and overdue per lead unit, bar chart: ${shown.map((l) => `${l.name} on time ${l.figures.completedOnTime}, late ${l.figures.completed - l.figures.completedOnTime}, overdue ${l.figures.overdue}`).join('; ')}`,
      )}
      height={Math.max(160, shown.length * 32 + 64)}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 150, right: 32, top: 8, bottom: 40 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: names },
        series: [
          {
            name: t('按期办结', 'Completed on time'),
            type: 'bar',
            stack: 'completed',
            data: shown.map((l) => l.figures.completedOnTime),
            label: BAR_LABEL,
            itemStyle: { color: '#15803d' },
          },
          {
            name: t('超期办结', 'Completed late'),
            type: 'bar',
            stack: 'completed',
            data: shown.map((l) => l.figures.completed - l.figures.completedOnTime),
            label: BAR_LABEL,
            itemStyle: { color: '#a16207' },
          },
          {
            name: figureLabel('overdue', lang),
            type: 'bar',
            data: shown.map((l) => l.figures.overdue),
            label: BAR_LABEL,
            itemStyle: { color: '#b91c1c' },
          },
        ],
      }}
    />
  );
}

function LineTable({ lines, nameTitle, empty }: { lines: readonly Line[]; nameTitle: string; empty: string }) {
  const { t, lang } = useLang();
  const columns: ColumnsType<Line> = [
    { title: t('排名', 'Rank'), dataIndex: 'rank', key: 'rank', width: 64 },
    { title: nameTitle, dataIndex: 'name', key: 'name' },
    ...FIGURE_KEYS.map((k) => ({
      title: figureLabel(k, lang),
      key: k,
      align: 'right' as const,
      render: (_: unknown, line: Line) => line.figures[k],
    })),
    { title: t('按期办结率', 'On-time rate'), key: 'rate', align: 'right', render: (_, line) => rate(line.onTimeRate) },
  ];
  return (
    <Table<Line>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...lines]}
      columns={columns}
      locale={{ emptyText: empty }}
      scroll={{ x: 'max-content' }}
    />
  );
}
