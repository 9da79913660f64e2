/** 待办: a unit's work, grouped by what it has to do (acknowledge, plan, report, answer urges, countersign, report completion, rectify). */
import { useQuery } from '@tanstack/react-query';
import { Badge, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type BoardItem } from '../api/client';
import { TaskTable } from '../components/TaskTable';
import { useLang } from '../i18n';
import { useSession } from '../session';

interface Bucket {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly holds: (task: BoardItem, unitId: string) => boolean;
}

const lead = (task: BoardItem, unitId: string) => task.leadUnit.id === unitId;
const co = (task: BoardItem, unitId: string) => task.coUnits.some((u) => u.id === unitId);

const BUCKETS: readonly Bucket[] = [
  { key: 'acknowledge', zh: '待签收', en: 'To acknowledge', holds: (t, u) => lead(t, u) && t.status === 'issued' },
  { key: 'plan', zh: '待报送打算', en: 'To plan', holds: (t, u) => lead(t, u) && t.status === 'acknowledged' },
  { key: 'urged', zh: '待答复催办', en: 'Urged', holds: (t, u) => lead(t, u) && t.openUrges > 0 },
  { key: 'progress', zh: '办理中', en: 'In progress', holds: (t, u) => lead(t, u) && t.status === 'in_progress' },
  {
    key: 'co-unit',
    zh: '协办任务（会签、协作）',
    en: 'As co-unit (countersign, co-operation)',
    holds: (t, u) => co(t, u) && t.status === 'in_progress',
  },
  { key: 'review', zh: '回头看整改', en: 'Rectification', holds: (t, u) => lead(t, u) && t.status === 'under_review' },
  {
    key: 'waiting',
    zh: '待审核',
    en: 'Awaiting the office',
    holds: (t, u) => lead(t, u) && t.status === 'completion_reported',
  },
];

export default function TodoPage() {
  const { t } = useLang();
  const { session } = useSession();
  const unitId = session?.user.unitId ?? '';
  const tasks = useQuery({
    queryKey: ['todo', unitId],
    queryFn: () =>
      unwrap(
        api.GET('/api/tasks', {
          params: {
            query: {
              unit: unitId,
              status: 'issued,acknowledged,in_progress,completion_reported,under_review',
              limit: 200,
            },
          },
        }),
      ),
    enabled: unitId !== '',
  });
  const items = tasks.data?.items ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  // Until the user picks a tab, the first one with work in it.
  const active =
    chosen ?? BUCKETS.find((bucket) => items.some((task) => bucket.holds(task, unitId)))?.key ?? BUCKETS[0].key;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('待办', 'To-do')} · {session?.user.name}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={setChosen}
        items={BUCKETS.map((bucket) => {
          const held = items.filter((task) => bucket.holds(task, unitId));
          return {
            key: bucket.key,
            label: (
              <Space>
                {t(bucket.zh, bucket.en)}
                <Badge count={held.length} showZero color={held.length ? '#b71c1c' : '#999'} />
              </Space>
            ),
            children: <TaskTable items={held} loading={tasks.isLoading} />,
          };
        })}
      />
    </Space>
  );
}
