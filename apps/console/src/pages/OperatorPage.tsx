/** 运维: each read model's checkpoint, lag and parked events, against the log head. */
import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { useLang } from '../i18n';

export default function OperatorPage() {
  const { t } = useLang();
  const status = useQuery({
    queryKey: ['projections'],
    queryFn: () => unwrap(api.GET('/api/projections')),
    refetchInterval: 5_000,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('读模型状态', 'Read models')}
      </Typography.Title>
      <Card size="small">
        {t('日志头位置：', 'Log head: ')}
        <Typography.Text code>{status.data?.head ?? '—'}</Typography.Text>
      </Card>
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
            render: (parked: number) => <Tag color={parked === 0 ? '#166534' : '#b91c1c'}>{parked}</Tag>,
          },
          { title: t('重建次数', 'Rebuilds'), dataIndex: 'generation' },
        ]}
      />
    </Space>
  );
}
