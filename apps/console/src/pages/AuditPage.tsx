/**
 * 审计: the global history as a filterable, virtualised list streamed from the log; one task's hash
 * chain link by link and the task as it stood at any revision; verification and the digest; the
 * exports; the whole board as it stood at a moment. Everything here is replayed from the log, not
 * read from the read models.
 */
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Slider,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap, type ApiError } from '../api/client';
import { download, streamNdjson, type AuditEvent } from '../audit/ndjson';
import { AsOfLedgerExportButton } from '../components/LedgerExportButton';
import { LightTag, StatusTag } from '../components/TaskTags';
import { useActorNames } from '../directory';
import { useLang } from '../i18n';
import { EVENT_TYPES, eventLabel } from '../labels';
import {
  DIRECTORY_STREAM_ID,
  PROGRAMME_STREAM_PREFIX,
  TASK_STREAM_PREFIX,
} from '../../../../libs/supervision/src/streams';
import { formatTime } from '../time';

/** A stream by what it records (the directory, a programme, a task), its id kept: the auditor filters by it. */
export function streamLabel(streamId: string, t: (zh: string, en: string) => string): string {
  if (streamId === DIRECTORY_STREAM_ID) return t(`组织机构名录（${streamId}）`, `Directory (${streamId})`);
  if (streamId.startsWith(PROGRAMME_STREAM_PREFIX)) return t(`督办批次 ${streamId}`, `Programme ${streamId}`);
  if (streamId.startsWith(TASK_STREAM_PREFIX)) return t(`任务 ${streamId}`, `Task ${streamId}`);
  return streamId;
}

const short = (hash: string | null) => (hash ? `${hash.slice(0, 10)}…` : '—');

export default function AuditPage() {
  const { t } = useLang();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('审计', 'Audit')}
      </Typography.Title>
      <Tabs
        items={[
          { key: 'history', label: t('全部记录', 'History'), children: <HistoryTab /> },
          { key: 'chain', label: t('任务哈希链', 'A task’s chain'), children: <ChainTab /> },
          { key: 'verify', label: t('校验与导出', 'Verify and export'), children: <VerifyTab /> },
          { key: 'as-of', label: t('历史台账', 'Board as of'), children: <BoardAsOfTab /> },
        ]}
      />
    </Space>
  );
}

interface HistoryFilters {
  type?: string[];
  actor?: string;
  stream?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function useStream(path: string | null) {
  const [rows, setRows] = useState<AuditEvent[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    if (!path) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setRows([]);
    setError(null);
    setLoading(true);
    streamNdjson(path, (batch) => setRows((current) => current.concat(batch)), abort.signal)
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e as Error);
      })
      .finally(() => {
        if (!abort.signal.aborted) setLoading(false);
      });
    return () => abort.abort();
  }, [path]);
  return { rows, loading, error };
}

function HistoryTab() {
  const { t, lang } = useLang();
  const names = useActorNames();
  const [path, setPath] = useState<string | null>('/api/audit/events');
  const { rows, loading, error } = useStream(path);
  function search(values: HistoryFilters) {
    const query = new URLSearchParams();
    if (values.type?.length) query.set('type', values.type.join(','));
    if (values.actor) query.set('actor', values.actor);
    if (values.stream) query.set('stream', values.stream);
    if (values.range?.[0]) query.set('from', values.range[0].toISOString());
    if (values.range?.[1]) query.set('to', values.range[1].toISOString());
    setPath(`/api/audit/events?${query}`);
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form layout="inline" onFinish={search}>
        <Form.Item name="type" label={t('事件类型', 'Event type')}>
          {/* The events by their Chinese names (the API filters by their codes, comma-separated). */}
          <Select
            mode="multiple"
            allowClear
            showSearch
            optionFilterProp="label"
            maxTagCount="responsive"
            placeholder={t('全部事件', 'All events')}
            style={{ minWidth: 260 }}
            options={EVENT_TYPES.map((code) => ({ value: code, label: eventLabel(code, lang) }))}
          />
        </Form.Item>
        <Form.Item name="actor" label={t('操作人', 'Actor')}>
          <Input />
        </Form.Item>
        <Form.Item name="stream" label={t('事件流', 'Stream')}>
          <Input placeholder={t('如 task-任务编号', 'e.g. task-<task id>')} />
        </Form.Item>
        <Form.Item name="range" label={t('时间', 'Time')}>
          <DatePicker.RangePicker showTime />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('查询', 'Search')}
        </Button>
      </Form>
      {error ? <Alert type="error" showIcon title={error.message} /> : null}
      <Typography.Text data-testid="history-count">
        {t(`共 ${rows.length} 条`, `${rows.length} events`)}
        {loading ? t('（加载中…）', ' (loading…)') : ''}
      </Typography.Text>
      <Table<AuditEvent>
        virtual
        scroll={{ x: 1100, y: 560 }}
        rowKey="eventId"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('位置', 'Position'), dataIndex: 'position', width: 110 },
          {
            title: t('时间', 'When'),
            key: 'when',
            width: 180,
            render: (_: unknown, row) => formatTime(row.when.occurredAt ?? row.when.recordedAt, lang),
          },
          {
            title: t('事件', 'Event'),
            key: 'type',
            width: 150,
            render: (_: unknown, row) => eventLabel(row.type, lang),
          },
          // One line per event: a task's stream id is long, so it is cut with its whole value on hover.
          {
            title: t('事件流', 'Stream'),
            dataIndex: 'streamId',
            width: 300,
            ellipsis: { showTitle: true },
            render: (streamId: string) => streamLabel(streamId, t),
          },
          {
            title: t('操作人', 'Actor'),
            key: 'who',
            width: 240,
            render: (_: unknown, row) => names.actor(row.who, lang),
          },
          { title: t('事由', 'Why'), key: 'why', render: (_: unknown, row) => Object.values(row.why ?? {}).join('；') },
        ]}
      />
    </Space>
  );
}

function ChainTab() {
  const { t, lang } = useLang();
  const names = useActorNames();
  const [taskId, setTaskId] = useState('');
  const { rows, loading, error } = useStream(taskId ? `/api/audit/tasks/${encodeURIComponent(taskId)}/history` : null);
  const [revision, setRevision] = useState<number | null>(null);
  useEffect(() => setRevision(rows.length ? rows.length - 1 : null), [rows.length]);
  const asOf = useQuery({
    queryKey: ['as-of', taskId, revision],
    queryFn: () =>
      unwrap(
        api.GET('/api/audit/tasks/{taskId}/as-of', {
          params: { path: { taskId }, query: { revision: revision ?? undefined } },
        }),
      ),
    enabled: taskId !== '' && revision !== null && revision >= 0,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        aria-label={t('任务编号', 'Task id')}
        placeholder={t('任务 ID', 'Task id')}
        enterButton={t('查看', 'Show')}
        onSearch={(value) => setTaskId(value.trim())}
        style={{ maxWidth: 480 }}
      />
      {error ? <Alert type="error" showIcon title={error.message} /> : null}
      {rows.length > 0 ? (
        <Card size="small" title={t('回到某一版本', 'Travel to a revision')}>
          <Slider
            ariaLabelForHandle={t('版本', 'Revision')}
            min={-1}
            max={rows.length - 1}
            value={revision ?? -1}
            onChange={setRevision}
            marks={{ [-1]: t('立项前', 'before'), [rows.length - 1]: t('当前', 'now') }}
          />
          {revision === -1 ? (
            <Alert
              type="info"
              showIcon
              title={t('此时任务尚不存在', 'The task did not exist yet')}
              data-testid="as-of-before"
            />
          ) : asOf.data ? (
            <Descriptions size="small" bordered column={2} data-testid="as-of">
              <Descriptions.Item label={t('版本', 'Revision')}>{String(revision)}</Descriptions.Item>
              <Descriptions.Item label={t('状态', 'Status')}>
                <StatusTag status={String((asOf.data as { state?: { status?: string } }).state?.status ?? '')} />
              </Descriptions.Item>
              <Descriptions.Item label={t('灯', 'Light')}>
                <LightTag light={String((asOf.data as { flags?: { light?: string } }).flags?.light ?? 'none')} />
              </Descriptions.Item>
            </Descriptions>
          ) : null}
        </Card>
      ) : null}
      <Table<AuditEvent & { linked: boolean }>
        rowKey="eventId"
        size="small"
        loading={loading}
        locale={{
          emptyText: t(
            '输入任务 ID 并点“查看”，逐条显示该任务的哈希链',
            'Enter a task id and press View: its hash chain, link by link',
          ),
        }}
        pagination={false}
        dataSource={rows.map((row, i) => ({
          ...row,
          linked: i === 0 ? row.prevHash === null || /^0+$/.test(row.prevHash) : row.prevHash === rows[i - 1].hash,
        }))}
        columns={[
          { title: t('版本', 'Revision'), dataIndex: 'revision', width: 80 },
          { title: t('事件', 'Event'), key: 'type', render: (_: unknown, row) => eventLabel(row.type, lang) },
          { title: t('操作人', 'Actor'), key: 'who', render: (_: unknown, row) => names.actor(row.who, lang) },
          {
            title: t('前一哈希', 'Previous hash'),
            key: 'prev',
            render: (_: unknown, row) => <Typography.Text code>{short(row.prevHash)}</Typography.Text>,
          },
          {
            title: t('本条哈希', 'Hash'),
            key: 'hash',
            render: (_: unknown, row) => <Typography.Text code>{short(row.hash)}</Typography.Text>,
          },
          {
            title: t('链接', 'Link'),
            key: 'linked',
            render: (_: unknown, row) =>
              row.linked ? (
                <Tag color="#166534">{t('相接', 'linked')}</Tag>
              ) : (
                <Tag color="#b91c1c">{t('断开', 'broken')}</Tag>
              ),
          },
        ]}
      />
    </Space>
  );
}

function VerifyTab() {
  const { t } = useLang();
  const verify = useQuery({
    queryKey: ['verify'],
    queryFn: () => unwrap(api.GET('/api/audit/verify')),
    enabled: false,
    retry: false,
  });
  const digest = useQuery({
    queryKey: ['digest'],
    queryFn: () => unwrap(api.GET('/api/audit/digest')),
    enabled: false,
    retry: false,
  });
  const [downloadError, setDownloadError] = useState<Error | null>(null);
  const save = (format: 'ndjson' | 'csv') =>
    download(`/api/audit/export?format=${format}`, `ledger-export.${format}`).catch(setDownloadError);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('哈希链校验', 'Hash-chain verification')}>
        <Button type="primary" onClick={() => verify.refetch()} loading={verify.isFetching}>
          {t('开始校验', 'Verify')}
        </Button>
        {verify.error ? <Alert type="error" showIcon title={verify.error.message} /> : null}
        {verify.data ? (
          verify.data.ok ? (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              data-testid="verify-result"
              title={t(
                `校验通过：${verify.data.streamsChecked} 条流、${verify.data.eventsChecked} 个事件，哈希链完整`,
                `Verified: ${verify.data.streamsChecked} streams, ${verify.data.eventsChecked} events, every link intact`,
              )}
            />
          ) : (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              data-testid="verify-result"
              title={t('发现断链', 'A broken link')}
              description={
                verify.data.firstBreak
                  ? `${verify.data.firstBreak.streamId} #${verify.data.firstBreak.revision}: ${verify.data.firstBreak.message}`
                  : ''
              }
            />
          )
        ) : null}
      </Card>
      <Card size="small" title={t('日志摘要', 'Log digest')}>
        <Button onClick={() => digest.refetch()} loading={digest.isFetching}>
          {t('计算摘要', 'Compute the digest')}
        </Button>
        {digest.data ? (
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('摘要', 'Digest')}>
              <Typography.Text code copyable>
                {digest.data.digest}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('覆盖位置', 'Position')}>{digest.data.position}</Descriptions.Item>
            <Descriptions.Item label={t('事件数', 'Events')}>{digest.data.count}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      <Card size="small" title={t('导出', 'Export')}>
        <Space>
          <Button onClick={() => save('ndjson')}>{t('导出 NDJSON', 'Export NDJSON')}</Button>
          <Button onClick={() => save('csv')}>{t('导出 CSV', 'Export CSV')}</Button>
        </Space>
        {downloadError ? <Alert type="error" showIcon title={downloadError.message} /> : null}
      </Card>
    </Space>
  );
}

interface AsOfRow {
  taskId: string;
  code: string;
  title: string;
  status: string;
  deadline: string;
  light: string;
  overdue: boolean;
}

function BoardAsOfTab() {
  const { t } = useLang();
  const [at, setAt] = useState<string | null>(null);
  const board = useQuery({
    queryKey: ['board-as-of', at],
    queryFn: () => unwrap(api.GET('/api/audit/board/as-of', { params: { query: { at: at!, limit: 200 } } })),
    enabled: at !== null,
  });
  const rows = (board.data?.items ?? []) as unknown as AsOfRow[];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <DatePicker
          showTime
          aria-label={t('时刻', 'Moment')}
          onChange={(value) => setAt(value ? value.toISOString() : null)}
        />
        <Typography.Text type="secondary">
          {t(
            '选择时刻，查看当时的整个台账（由日志重放）',
            'Pick a moment: the whole board as it stood then, replayed from the log',
          )}
        </Typography.Text>
        <AsOfLedgerExportButton at={at} />
      </Space>
      {board.error ? <Alert type="error" showIcon title={board.error.message} /> : null}
      {board.data ? (
        <Typography.Text>
          {t(
            `当时共 ${board.data.total} 项任务（重放 ${board.data.eventsReplayed} 个事件）`,
            `${board.data.total} tasks then (${board.data.eventsReplayed} events replayed)`,
          )}
        </Typography.Text>
      ) : null}
      <Table<AsOfRow>
        rowKey="taskId"
        size="small"
        loading={board.isFetching}
        locale={{
          emptyText: board.data
            ? t('该时刻台账中还没有任务', 'No task existed at that moment')
            : t('选择时刻后，这里显示当时的整个台账', 'Pick a moment to see the board as it stood then'),
        }}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('编号', 'Code'), dataIndex: 'code' },
          { title: t('任务', 'Task'), dataIndex: 'title' },
          { title: t('时限', 'Deadline'), dataIndex: 'deadline' },
          { title: t('状态', 'Status'), key: 'status', render: (_: unknown, row) => <StatusTag status={row.status} /> },
          { title: t('灯', 'Light'), key: 'light', render: (_: unknown, row) => <LightTag light={row.light} /> },
          {
            title: t('逾期', 'Overdue'),
            key: 'overdue',
            render: (_: unknown, row) => (row.overdue ? <Tag color="#b91c1c">{t('逾期', 'Overdue')}</Tag> : '—'),
          },
        ]}
      />
    </Space>
  );
}
