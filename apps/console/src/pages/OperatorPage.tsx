/**
 * 运维: each read model's checkpoint, lag and parked events against the log head; a rebuild per read
 * model (started with 202, its progress polled until it ends); the parked events and their replay.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Alert, Button, Card, Descriptions, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { useLang } from '../i18n';
import { readModelLabel, type ReadModelName as ModelName } from '../labels';
import { useSession } from '../session';
import { formatTime } from '../time';

type Rebuild = Schemas['RebuildStatusView'];
type Parked = Schemas['ParkedEventView'];

const RUNNING: readonly Rebuild['phase'][] = ['replaying', 'swapping'];
const isRunning = (rebuild?: Rebuild): boolean => rebuild !== undefined && RUNNING.includes(rebuild.phase);

/** A read model by what it holds, its name as the API and the logs know it beneath. */
export function ReadModelName({ name }: { name: string }) {
  const { lang } = useLang();
  const label = readModelLabel(name, lang);
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text>{label}</Typography.Text>
      {label === name ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {name}
        </Typography.Text>
      )}
    </Space>
  );
}

export default function OperatorPage() {
  const { t, lang } = useLang();
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
            title={t(
              `重建读模型“${readModelLabel(row.name, lang)}”？`,
              `Rebuild the read model ${readModelLabel(row.name, lang)}?`,
            )}
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
              aria-label={t(`重建 ${readModelLabel(row.name, lang)}`, `Rebuild ${readModelLabel(row.name, lang)}`)}
              loading={rebuild.isPending && rebuild.variables === row.name}
              disabled={isRunning(rebuildOf(row.name))}
            >
              {t('重建', 'Rebuild')}
            </Button>
          </Popconfirm>
          <Button
            size="small"
            aria-label={t(
              `重放 ${readModelLabel(row.name, lang)} 的搁置事件`,
              `Replay the parked events of ${readModelLabel(row.name, lang)}`,
            )}
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
    <Space orientation="vertical" style={{ width: '100%' }}>
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
          {
            title: t('读模型', 'Read model'),
            dataIndex: 'name',
            render: (name: string) => <ReadModelName name={name} />,
          },
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
      {status.data ? <NotifierCard notifier={status.data.notifier} /> : null}
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
  const label = t(
    `${readModelLabel(rebuild.projection, lang)} 重建进度`,
    `${readModelLabel(rebuild.projection, lang)} rebuild progress`,
  );
  const applied = t(`已应用 ${rebuild.eventsApplied} 个事件`, `${rebuild.eventsApplied} events applied`);
  if (isRunning(rebuild)) {
    return (
      <Space orientation="vertical" size={0} data-testid={`rebuild-${rebuild.projection}`}>
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
      <Space orientation="vertical" size={0} data-testid={`rebuild-${rebuild.projection}`}>
        <Tag color="#b91c1c">{t('重建失败', 'Rebuild failed')}</Tag>
        <Typography.Text type="danger">{rebuild.error}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space orientation="vertical" size={0} data-testid={`rebuild-${rebuild.projection}`}>
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

/** The notifier follows the log as a read model does: where it stands, and what its outbox still holds. */
function NotifierCard({ notifier }: { notifier: Schemas['NotifierStatusView'] }) {
  const { t } = useLang();
  return (
    <Card
      size="small"
      data-testid="notifier-status"
      title={
        <Space>
          <ReadModelName name={notifier.name} />
          {notifier.activeHere ? (
            <Tag color="#166534">{t('本进程运行中', 'Running here')}</Tag>
          ) : (
            <Tag>{t('由独立投影进程运行', 'Runs in the projector process')}</Tag>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={5}>
        <Descriptions.Item label={t('检查点', 'Checkpoint')}>{notifier.checkpoint ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('落后事件数', 'Lag (events)')}>
          <Tag color={notifier.lag === 0 ? '#166534' : '#9a3412'}>{notifier.lag}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('搁置事件', 'Parked')}>
          <Tag color={notifier.parked === 0 ? '#166534' : '#b91c1c'}>{notifier.parked}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('待发送', 'To send')}>{notifier.pending}</Descriptions.Item>
        <Descriptions.Item label={t('发送失败', 'Dead-lettered')}>
          <Tag color={notifier.dead === 0 ? '#166534' : '#b91c1c'}>{notifier.dead}</Tag>
        </Descriptions.Item>
      </Descriptions>
    </Card>
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
        {
          title: t('读模型', 'Read model'),
          dataIndex: 'projection',
          render: (name: string) => <ReadModelName name={name} />,
        },
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
