/** 统计分析: per programme, unit and leader — status and light distributions, on-time rate, overdue ranking — as charts with the figures beside them. */
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { Chart } from '../components/Chart';
import { ProgrammeSelect, useChosenProgramme } from '../components/ProgrammeSelect';
import { useLang } from '../i18n';
import { LIGHTS, TASK_STATUSES, lightLabel, statusLabel } from '../labels';

const LIGHT_HEX: Record<string, string> = { green: '#389e0d', yellow: '#d4b106', red: '#cf1322', none: '#bfbfbf' };
type Counts = Schemas['DashboardCountsView'];

const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;

export default function DashboardsPage() {
  const { t, lang } = useLang();
  const chosenProgramme = useChosenProgramme();
  const { programmeId } = chosenProgramme;
  const programme = useQuery({
    queryKey: ['dashboard', 'programme', programmeId],
    queryFn: () =>
      unwrap(api.GET('/api/dashboards/programmes/{programmeId}', { params: { path: { programmeId: programmeId! } } })),
    enabled: programmeId !== undefined,
  });
  const query = programmeId ? { programme: programmeId } : {};
  const units = useQuery({
    queryKey: ['dashboard', 'units', programmeId],
    queryFn: () => unwrap(api.GET('/api/dashboards/units', { params: { query } })),
  });
  const leaders = useQuery({
    queryKey: ['dashboard', 'leaders', programmeId],
    queryFn: () => unwrap(api.GET('/api/dashboards/leaders', { params: { query } })),
  });
  const counts = programme.data?.counts;
  const ranking = [...(units.data?.items ?? [])].sort((a, b) => b.counts.overdue - a.counts.overdue).slice(0, 10);

  const groupColumns = [
    {
      title: t('名称', 'Name'),
      key: 'name',
      render: (_: unknown, row: Schemas['GroupDashboardItemView']) => row.subject.name ?? row.subject.id,
    },
    {
      title: t('任务', 'Tasks'),
      key: 'total',
      render: (_: unknown, row: Schemas['GroupDashboardItemView']) => row.counts.total,
    },
    {
      title: t('逾期', 'Overdue'),
      key: 'overdue',
      render: (_: unknown, row: Schemas['GroupDashboardItemView']) => row.counts.overdue,
    },
    {
      title: t('红灯', 'Red'),
      key: 'red',
      render: (_: unknown, row: Schemas['GroupDashboardItemView']) => row.counts.byLight.red,
    },
    {
      title: t('办结', 'Completed'),
      key: 'completed',
      render: (_: unknown, row: Schemas['GroupDashboardItemView']) => row.counts.completed,
    },
    {
      title: t('按期办结率', 'On-time rate'),
      key: 'rate',
      render: (_: unknown, row: Schemas['GroupDashboardItemView']) => rate(row.counts.onTimeRate),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('统计分析', 'Dashboards')}
        </Typography.Title>
        <ProgrammeSelect {...chosenProgramme} />
      </Space>
      {counts ? <Figures counts={counts} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('状态分布', 'By status')}>
            {counts ? (
              <Chart
                label={t('状态分布饼图', 'Tasks by status, pie chart')}
                option={{
                  tooltip: { trigger: 'item' },
                  legend: { bottom: 0 },
                  series: [
                    {
                      type: 'pie',
                      radius: ['35%', '65%'],
                      data: TASK_STATUSES.filter((s) => counts.byStatus[s] > 0).map((s) => ({
                        name: statusLabel(s, lang),
                        value: counts.byStatus[s],
                      })),
                    },
                  ],
                }}
              />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('红黄绿灯', 'By light')}>
            {counts ? (
              <Chart
                label={t('红黄绿灯柱状图', 'Tasks by light, bar chart')}
                option={{
                  tooltip: {},
                  // Every bar named: ECharts would otherwise drop a label it finds crowded.
                  xAxis: { type: 'category', data: LIGHTS.map((l) => lightLabel(l, lang)), axisLabel: { interval: 0 } },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    {
                      type: 'bar',
                      data: LIGHTS.map((l) => ({ value: counts.byLight[l], itemStyle: { color: LIGHT_HEX[l] } })),
                      label: { show: true, position: 'top' },
                    },
                  ],
                }}
              />
            ) : null}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('逾期排名（单位）', 'Overdue ranking (units)')}>
        {/* A row of zero bars says nothing: when no unit has an overdue task, say so. */}
        {ranking.every((r) => r.counts.overdue === 0) ? (
          <Typography.Text type="secondary" data-testid="no-overdue">
            {t('暂无逾期任务：各单位均在时限内。', 'No overdue task: every unit is within its deadlines.')}
          </Typography.Text>
        ) : (
          <Chart
            label={t('单位逾期排名柱状图', 'Overdue tasks per unit, bar chart')}
            height={Math.max(120, ranking.length * 28 + 40)}
            option={{
              tooltip: {},
              grid: { left: 170, right: 40, top: 10, bottom: 24 },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', inverse: true, data: ranking.map((r) => r.subject.name ?? r.subject.id) },
              series: [
                {
                  type: 'bar',
                  data: ranking.map((r) => r.counts.overdue),
                  itemStyle: { color: '#cf1322' },
                  label: { show: true, position: 'right' },
                },
              ],
            }}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('按单位', 'By unit')}>
            <Table
              rowKey={(row) => row.subject.id}
              size="small"
              pagination={false}
              loading={units.isLoading}
              dataSource={units.data?.items ?? []}
              columns={groupColumns}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('按分管领导', 'By leader')}>
            <Table
              rowKey={(row) => row.subject.id}
              size="small"
              pagination={false}
              loading={leaders.isLoading}
              dataSource={leaders.data?.items ?? []}
              columns={groupColumns}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function Figures({ counts }: { counts: Counts }) {
  const { t } = useLang();
  return (
    <Row gutter={16}>
      <Col xs={12} md={4}>
        <Card size="small">
          <Statistic title={t('任务总数', 'Tasks')} value={counts.total} />
        </Card>
      </Col>
      <Col xs={12} md={4}>
        <Card size="small">
          <Statistic title={t('逾期', 'Overdue')} value={counts.overdue} valueStyle={{ color: '#cf1322' }} />
        </Card>
      </Col>
      <Col xs={12} md={4}>
        <Card size="small">
          <Statistic title={t('久未更新', 'Stale')} value={counts.stale} />
        </Card>
      </Col>
      <Col xs={12} md={4}>
        <Card size="small">
          <Statistic title={t('办结', 'Completed')} value={counts.completed} />
        </Card>
      </Col>
      <Col xs={12} md={4}>
        <Card size="small">
          <Statistic title={t('按期办结', 'On time')} value={counts.completedOnTime} />
        </Card>
      </Col>
      <Col xs={12} md={4}>
        <Card size="small">
          <Statistic title={t('按期办结率', 'On-time rate')} value={rate(counts.onTimeRate)} />
        </Card>
      </Col>
    </Row>
  );
}
