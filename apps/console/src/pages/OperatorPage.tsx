/**
 * 运维: each read model's checkpoint, lag and parked events against the log head; a rebuild per read
 * model (started with 202, its progress polled until it ends); the parked events and their replay.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Alert, Button, Card, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import type { paths } from '../api/schema';
import { useLang } from '../i18n';
import { useSession } from '../session';
import { formatTime } from '../time';

type Rebuild = Schemas['RebuildStatusView'];
type Parked = Schemas['ParkedEventView'];
/** The read models the API knows, as its OpenAPI document lists them. */
type ModelName = paths['/api/projections/{name}/rebuild']['post']['parameters']['path']['name'];

const RUNNING: readonly Rebuild['phase'][] = ['replaying', 'swapping'];
const isRunning = (rebuild?: Rebuild): boolean => rebuild !== undefined && RUNNING.includes(rebuild.phase);

export default function OperatorPage() {
  const { t } = useLang();
  // Rebuilds, replays and the parked events are the administrator's (the API refuses them to anyone
  // else): a supervisor sees the read models' status without buttons that would only be refused.
  const isAdmin = useSession().session?.user.role === 'admin';
  const queries = useQueryClient();
  const status = useQuery({
    queryKey: ['projections'],
    queryFn: () => unwrap(api.GET('/api/projections')),
    refetchInterval: 5_000,
  });
  const rebuilds = useQuery({
    queryKey: ['projections', 'rebuilds'],
    queryFn: () => unwrap(api.GET('/api/projections/rebuilds')),
    enabled: isAdmin,
    // Polled only while one runs: a finished rebuild does not change.
    refetchInterval: (query) => (query.state.data?.some((rebuild) => isRunning(rebuild)) ? 500 : false),
  });
  const parked = useQuery({
    queryKey: ['projections', 'parked'],
    queryFn: () => unwrap(api.GET('/api/projections/parked')),
    enabled: isAdmin,
    refetchInterval: 5_000,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['projections'] });
  const rebuild = useMutation({
    mutationFn: (name: ModelName) =>
      unwrap(api.POST('/api/projections/{name}/rebuild', { params: { path: { name } } })),
    onSettled: refresh,
  });
  const replay = useMutation({
    mutationFn: (name: ModelName) =>
      unwrap(api.POST('/api/projections/{name}/parked/replay', { params: { path: { name } }, body: {} })),
    onSettled: refresh,
  });
  // A rebuild that ends swaps in new tables (the generation moves): the status is read again then, not 5 s later.
  const ended = rebuilds.data?.filter((entry) => !isRunning(entry)).length ?? 0;
  useEffect(() => {
    if (ended > 0) void queries.invalidateQueries({ queryKey: ['projections'], exact: true });
  }, [ended, queries]);
  const rebuildOf = (name: string) => rebuilds.data?.find((entry) => entry.projection === name);
  const failure = rebuild.error ?? replay.error;
  const adminColumns = [
    {
      title: t('重建进度', 'Rebuild'),
      key: 'rebuild',
      render: (_: unknown, row: { name: string }) => <RebuildState rebuild={rebuildOf(row.name)} />,
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      render: (_: unknown, row: { name: string; parked: number }) => (
        <Space>
          <Popconfirm
            title={t(`重建读模型 ${row.name}？`, `Rebuild the read model ${row.name}?`)}
            description={t(
              '从日志重放到新表，完成后切换；期间现有读模型照常服务。',
              'Replays the log into new tables and swaps them in; the live one keeps serving meanwhile.',
            )}
            okText={t('重建', 'Rebuild')}
            cancelText={t('取消', 'Cancel')}
            onConfirm={() => rebuild.mutate(row.name as ModelName)}
          >
            <Button
              size="small"
              aria-label={t(`重建 ${row.name}`, `Rebuild ${row.name}`)}
              loading={rebuild.isPending && rebuild.variables === row.name}
              disabled={isRunning(rebuildOf(row.name))}
            >
              {t('重建', 'Rebuild')}
            </Button>
          </Popconfirm>
          <Button
            size="small"
            aria-label={t(`重放 ${row.name} 的搁置事件`, `Replay the parked events of ${row.name}`)}
            disabled={row.parked === 0}
            loading={replay.isPending && replay.variables === row.name}
            onClick={() => replay.mutate(row.name as ModelName)}
          >
            {t('重放', 'Replay')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('读模型状态', 'Read models')}
      </Typography.Title>
      <Card size="small">
        {t('日志头位置：', 'Log head: ')}
        <Typography.Text code>{status.data?.head ?? '—'}</Typography.Text>
      </Card>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t('操作未完成', 'The operation did not go through')}
          description={failure.message}
        />
      )}
      {replay.data && (
        <Alert
          type={replay.data.some((outcome) => outcome.status === 'failed') ? 'warning' : 'success'}
          showIcon
          role="status"
          message={t(
            `重放了 ${replay.data.filter((o) => o.status === 'replayed').length} 个事件流，失败 ${replay.data.filter((o) => o.status === 'failed').length} 个`,
            `${replay.data.filter((o) => o.status === 'replayed').length} streams replayed, ${replay.data.filter((o) => o.status === 'failed').length} failed`,
          )}
          description={replay.data
            .filter((outcome) => outcome.status === 'failed')
            .map((outcome) => `${outcome.streamId}: ${outcome.error ?? ''}`)
            .join('; ')}
        />
      )}
      <Table
        rowKey="name"
        loading={status.isLoading}
        dataSource={status.data?.projections ?? []}
        pagination={false}
        columns={[
          { title: t('读模型', 'Read model'), dataIndex: 'name' },
          { title: t('检查点', 'Checkpoint'), dataIndex: 'checkpoint', render: (v: string | null) => v ?? '—' },
          {
            title: t('落后事件数', 'Lag (events)'),
            dataIndex: 'lag',
            render: (lag: number) => <Tag color={lag === 0 ? '#166534' : '#9a3412'}>{lag}</Tag>,
          },
          {
            title: t('搁置事件', 'Parked'),
            dataIndex: 'parked',
            render: (count: number) => <Tag color={count === 0 ? '#166534' : '#b91c1c'}>{count}</Tag>,
          },
          { title: t('重建次数', 'Rebuilds'), dataIndex: 'generation' },
          ...(isAdmin ? adminColumns : []),
        ]}
      />
      {isAdmin ? (
        <>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('搁置事件', 'Parked events')}
          </Typography.Title>
          <ParkedTable parked={parked.data ?? []} loading={parked.isLoading} />
        </>
      ) : (
        <Typography.Text type="secondary">
          {t('重建读模型与重放搁置事件由系统管理员操作。', 'Rebuilds and replays are done by an administrator.')}
        </Typography.Text>
      )}
    </Space>
  );
}

function RebuildState({ rebuild }: { rebuild?: Rebuild }) {
  const { t, lang } = useLang();
  if (!rebuild) return <Typography.Text type="secondary">{t('未重建', 'Not rebuilt')}</Typography.Text>;
  const label = t(`${rebuild.projection} 重建进度`, `${rebuild.projection} rebuild progress`);
  const applied = t(`已应用 ${rebuild.eventsApplied} 个事件`, `${rebuild.eventsApplied} events applied`);
  if (isRunning(rebuild)) {
    return (
      <Space direction="vertical" size={0} data-testid={`rebuild-${rebuild.projection}`}>
        <Progress percent={rebuild.percent} size="small" status="active" aria-label={label} />
        <Typography.Text type="secondary">
          {rebuild.phase === 'swapping' ? t('正在切换', 'Swapping in') : t('正在重放', 'Replaying')} · {applied} ·{' '}
          {t('目标位置', 'target')} {rebuild.targetPosition}
        </Typography.Text>
      </Space>
    );
  }
  if (rebuild.phase === 'failed') {
    return (
      <Space direction="vertical" size={0} data-testid={`rebuild-${rebuild.projection}`}>
        <Tag color="#b91c1c">{t('重建失败', 'Rebuild failed')}</Tag>
        <Typography.Text type="danger">{rebuild.error}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space direction="vertical" size={0} data-testid={`rebuild-${rebuild.projection}`}>
      <Progress percent={100} size="small" aria-label={label} />
      <Typography.Text>
        <Tag color="#166534">{t('重建完成', 'Rebuilt')}</Tag>
        {applied} ·{' '}
        {rebuild.outcome
          ? t(`用时 ${rebuild.outcome.seconds.toFixed(1)} 秒`, `${rebuild.outcome.seconds.toFixed(1)} s`)
          : ''}
        {rebuild.finishedAt ? ` · ${formatTime(rebuild.finishedAt, lang)}` : ''}
      </Typography.Text>
    </Space>
  );
}

function ParkedTable({ parked, loading }: { parked: readonly Parked[]; loading: boolean }) {
  const { t, lang } = useLang();
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...parked]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('没有搁置事件', 'No parked events') }}
      columns={[
        { title: t('读模型', 'Read model'), dataIndex: 'projection' },
        { title: t('事件流', 'Stream'), dataIndex: 'streamId' },
        { title: t('位置', 'Position'), dataIndex: 'position' },
        { title: t('事件类型', 'Event type'), dataIndex: 'type' },
        { title: t('错误', 'Error'), dataIndex: 'errorMessage' },
        { title: t('尝试次数', 'Attempts'), dataIndex: 'attempts' },
        {
          title: t('搁置时间', 'Parked at'),
          dataIndex: 'parkedAt',
          render: (at: string) => formatTime(at, lang),
        },
      ]}
    />
  );
}
