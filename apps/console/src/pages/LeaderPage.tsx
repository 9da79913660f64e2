/** A leader's page: the tasks they lead, those waiting for their plan or an instruction first. */
import { useQuery } from '@tanstack/react-query';
import { Space, Statistic, Typography, Card, Row, Col } from 'antd';
import { api, unwrap } from '../api/client';
import { TaskTable } from '../components/TaskTable';
import { useLang } from '../i18n';
import { useSession } from '../session';

export default function LeaderPage() {
  const { t } = useLang();
  const { session } = useSession();
  const leader = session?.user.userId ?? '';
  const tasks = useQuery({
    queryKey: ['leader', leader],
    queryFn: () => unwrap(api.GET('/api/tasks', { params: { query: { leader, limit: 200, sort: 'deadline' } } })),
  });
  const items = tasks.data?.items ?? [];
  const count = (test: (status: string) => boolean) => items.filter((task) => test(task.status)).length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('我分管的任务', 'Tasks I lead')} · {session?.user.name}
      </Typography.Title>
      <Row gutter={16}>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('合计', 'Total')} value={items.length} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('待报送打算', 'Awaiting a plan')} value={count((s) => s === 'acknowledged')} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('办理中', 'In progress')} value={count((s) => s === 'in_progress')} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={t('逾期', 'Overdue')}
              value={items.filter((task) => task.flags.overdue).length}
              valueStyle={{ color: '#b71c1c' }}
            />
          </Card>
        </Col>
      </Row>
      <TaskTable items={items} loading={tasks.isLoading} />
    </Space>
  );
}
