/** 待办: a unit's work, grouped by what it has to do (acknowledge, plan, report, answer urges, countersign, report completion, rectify). */
import { useQuery } from '@tanstack/react-query';
import { Badge, Empty, Space, Tabs, Typography } from 'antd';
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
  /** What an empty tab says, in the office's words. */
  readonly none: readonly [string, string];
}

const lead = (task: BoardItem, unitId: string) => task.leadUnit.id === unitId;
const co = (task: BoardItem, unitId: string) => task.coUnits.some((u) => u.id === unitId);

const BUCKETS: readonly Bucket[] = [
  {
    key: 'acknowledge',
    zh: '待签收',
    en: 'To acknowledge',
    none: ['没有待签收的任务', 'No task to acknowledge'],
    holds: (t, u) => lead(t, u) && t.status === 'issued',
  },
  {
    key: 'plan',
    zh: '待报送打算',
    en: 'To plan',
    none: ['没有待报送工作打算的任务', 'No plan to submit'],
    holds: (t, u) => lead(t, u) && t.status === 'acknowledged',
  },
  {
    key: 'urged',
    zh: '待答复催办',
    en: 'Urged',
    none: ['没有待答复的催办', 'No urge to answer'],
    holds: (t, u) => lead(t, u) && t.openUrges > 0,
  },
  {
    key: 'progress',
    zh: '办理中',
    en: 'In progress',
    none: ['没有办理中的任务', 'No task in progress'],
    holds: (t, u) => lead(t, u) && t.status === 'in_progress',
  },
  {
    key: 'co-unit',
    zh: '协办任务（会签、协作）',
    en: 'As co-unit (countersign, co-operation)',
    none: ['没有需要本单位协办的任务', 'No task this unit co-operates on'],
    holds: (t, u) => co(t, u) && t.status === 'in_progress',
  },
  {
    key: 'review',
    zh: '回头看整改',
    en: 'Rectification',
    none: ['没有回头看整改的任务', 'No rectification due'],
    holds: (t, u) => lead(t, u) && t.status === 'under_review',
  },
  {
    key: 'waiting',
    zh: '待审核',
    en: 'Awaiting the office',
    none: ['没有等待督办办公室审核的任务', 'Nothing awaits the office'],
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
    <Space orientation="vertical" style={{ width: '100%' }}>
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
            // An empty tab says which work it would hold, not the table's bare 暂无数据.
            children:
              held.length === 0 && !tasks.isLoading ? (
                <Empty description={t(...bucket.none)} data-testid={`todo-empty-${bucket.key}`} />
              ) : (
                <TaskTable items={held} loading={tasks.isLoading} />
              ),
          };
        })}
      />
    </Space>
  );
}
