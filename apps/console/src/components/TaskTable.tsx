/** The board's rows: code, title, units, leader, deadline, progress, status, light and flags; a row opens the task. */
import { Progress, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { BoardItem } from '../api/client';
import { useLang } from '../i18n';
import { FlagTags, LightTag, StatusTag } from './TaskTags';

interface Props {
  readonly items: readonly BoardItem[];
  readonly loading: boolean;
  readonly pagination?: TableProps<BoardItem>['pagination'];
  readonly onChange?: TableProps<BoardItem>['onChange'];
  readonly sortable?: boolean;
  readonly sort?: { field: string; order: 'asc' | 'desc' };
}

export function TaskTable({ items, loading, pagination = false, onChange, sortable = false, sort }: Props) {
  const { t } = useLang();
  const sortField = sort?.field;
  const sortDirection = sort?.order;
  // The same columns from render to render (a live refetch, a page turned): the table re-renders its rows, not its header's set-up.
  const columns = useMemo((): TableProps<BoardItem>['columns'] => {
    const sortOrder = (field: string) =>
      sortField === field ? (sortDirection === 'asc' ? 'ascend' : 'descend') : null;
    return [
      {
        title: t('编号', 'Code'),
        dataIndex: 'code',
        key: 'code',
        width: 90,
        sorter: sortable,
        sortOrder: sortOrder('code'),
      },
      {
        title: t('任务', 'Task'),
        dataIndex: 'title',
        key: 'title',
        sorter: sortable,
        sortOrder: sortOrder('title'),
        render: (_: unknown, task) => (
          <Link to={`/tasks/${encodeURIComponent(task.id)}`} data-testid={`task-link-${task.id}`}>
            {task.title}
          </Link>
        ),
      },
      {
        title: t('牵头单位', 'Lead unit'),
        key: 'leadUnit',
        width: 140,
        render: (_: unknown, task) => task.leadUnit.name ?? task.leadUnit.id,
      },
      {
        title: t('协办单位', 'Co-units'),
        key: 'coUnits',
        width: 160,
        render: (_: unknown, task) => (
          <Typography.Text type="secondary">
            {task.coUnits.map((u) => u.name ?? u.id).join('、') || '—'}
          </Typography.Text>
        ),
      },
      {
        title: t('时限', 'Deadline'),
        dataIndex: 'deadline',
        key: 'deadline',
        width: 110,
        sorter: sortable,
        sortOrder: sortOrder('deadline'),
      },
      {
        title: t('进度', 'Progress'),
        key: 'progress',
        width: 110,
        sorter: sortable,
        sortOrder: sortOrder('progress'),
        render: (_: unknown, task) =>
          task.progressPercent === null ? (
            '—'
          ) : (
            <Progress percent={task.progressPercent} size="small" aria-label={t('进度', 'Progress')} />
          ),
      },
      {
        title: t('状态', 'Status'),
        key: 'status',
        width: 110,
        sorter: sortable,
        sortOrder: sortOrder('status'),
        render: (_: unknown, task) => <StatusTag status={task.status} />,
      },
      {
        title: t('灯', 'Light'),
        key: 'light',
        width: 70,
        render: (_: unknown, task) => <LightTag light={task.flags.light} />,
      },
      {
        title: t('提示', 'Flags'),
        key: 'flags',
        width: 150,
        // A dash like the other empty cells: nothing to flag, not a value missing.
        render: (_: unknown, task) =>
          task.flags.overdue || task.flags.stale || task.openUrges ? (
            <FlagTags flags={task.flags} openUrges={task.openUrges} />
          ) : (
            '—'
          ),
      },
    ];
  }, [t, sortable, sortField, sortDirection]);
  return (
    <Table<BoardItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      onChange={onChange}
      scroll={{ x: 1100 }}
    />
  );
}
