/** 督办台账: every filter and sort of GET /api/tasks, the totals, and (for the supervision office) issuing a task. */
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Input, Row, Select, Space, Statistic, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { boardFiltersFrom, boardQuery, type BoardFilters, type BoardSort as Sort } from '../board-query';
import { LedgerExportButton } from '../components/LedgerExportButton';
import { TaskTable } from '../components/TaskTable';
import { useDirectory } from '../directory';
import { useLang } from '../i18n';
import { LIGHTS, TASK_STATUSES, lightLabel, statusLabel } from '../labels';
import { useSession } from '../session';

/**
 * The issue form's chunk (its date picker, its upload) is not the board's: it loads when the office
 * reaches for the button (pointer or keyboard focus), so the board opens without compiling it first.
 */
const loadIssueTaskDialog = () =>
  import('../components/IssueTaskDialog').then((loaded) => ({ default: loaded.IssueTaskDialog }));
const IssueTaskDialog = lazy(loadIssueTaskDialog);

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

export default function BoardPage() {
  const { t, lang } = useLang();
  const { session } = useSession();
  const directory = useDirectory();
  const [issuing, setIssuing] = useState(false);
  const [filters, setFilters] = useState<BoardFilters>(() => boardFiltersFrom(window.location.search));
  const set = (change: Partial<BoardFilters>) => setFilters((current) => ({ ...current, page: 1, ...change }));
  const board = useQuery(boardQuery(filters));
  const flagOptions = [
    { value: 'true', label: t('是', 'Yes') },
    { value: 'false', label: t('否', 'No') },
  ];
  const nameOptions = (list: readonly { id: string; name: string | null }[]) =>
    list.map((item) => ({ value: item.id, label: item.name ?? item.id }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('督办台账', 'Supervision board')}
        </Typography.Title>
        <LedgerExportButton filters={filters} />
        {session?.user.role === 'supervisor' ? (
          <Button
            type="primary"
            onPointerEnter={() => void loadIssueTaskDialog()}
            onFocus={() => void loadIssueTaskDialog()}
            onClick={() => setIssuing(true)}
          >
            {t('立项交办', 'Issue a task')}
          </Button>
        ) : null}
      </Space>
      <Card size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <Input.Search
              aria-label={t('搜索', 'Search')}
              placeholder={t('搜索标题、内容', 'Search title and description')}
              allowClear
              onSearch={(q) => set({ q })}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t('状态', 'Status')}
              mode="multiple"
              allowClear
              placeholder={t('状态', 'Status')}
              style={{ width: '100%' }}
              value={filters.status}
              onChange={(status) => set({ status })}
              options={TASK_STATUSES.map((s) => ({ value: s, label: statusLabel(s, lang) }))}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t('灯', 'Light')}
              mode="multiple"
              allowClear
              placeholder={t('红黄绿灯', 'Light')}
              style={{ width: '100%' }}
              value={filters.light}
              onChange={(light) => set({ light })}
              options={LIGHTS.map((l) => ({ value: l, label: lightLabel(l, lang) }))}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t('单位', 'Unit')}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('单位（牵头或协办）', 'Unit (lead or co-unit)')}
              style={{ width: '100%' }}
              value={filters.unit}
              onChange={(unit) => set({ unit })}
              options={nameOptions(directory.units)}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t('分管领导', 'Leader')}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('分管领导', 'Leader')}
              style={{ width: '100%' }}
              value={filters.leader}
              onChange={(leader) => set({ leader })}
              options={nameOptions(directory.leaders)}
            />
          </Col>
          <Col xs={12} md={6}>
            <Select
              aria-label={t('督办批次', 'Programme')}
              allowClear
              placeholder={t('督办批次', 'Programme')}
              style={{ width: '100%' }}
              value={filters.programme}
              onChange={(programme) => set({ programme })}
              options={nameOptions(directory.allProgrammes)}
            />
          </Col>
          <Col xs={12} md={3}>
            <Select
              aria-label={t('逾期', 'Overdue')}
              allowClear
              placeholder={t('逾期', 'Overdue')}
              style={{ width: '100%' }}
              value={yesNo(filters.overdue)}
              onChange={(v) => set({ overdue: v === undefined ? undefined : v === 'true' })}
              options={flagOptions}
            />
          </Col>
          <Col xs={12} md={3}>
            <Select
              aria-label={t('久未更新', 'Stale')}
              allowClear
              placeholder={t('久未更新', 'Stale')}
              style={{ width: '100%' }}
              value={yesNo(filters.stale)}
              onChange={(v) => set({ stale: v === undefined ? undefined : v === 'true' })}
              options={flagOptions}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t('排序', 'Sort')}
              style={{ width: '100%' }}
              value={filters.sort}
              onChange={(sort) => set({ sort })}
              options={[
                { value: 'deadline', label: t('按时限', 'By deadline') },
                { value: 'issuedAt', label: t('按交办时间', 'By issue date') },
                { value: 'updatedAt', label: t('按更新时间', 'By last change') },
                { value: 'code', label: t('按编号', 'By code') },
                { value: 'title', label: t('按标题', 'By title') },
                { value: 'status', label: t('按状态', 'By status') },
                { value: 'progress', label: t('按进度', 'By progress') },
              ]}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t('顺序', 'Order')}
              style={{ width: '100%' }}
              value={filters.order}
              onChange={(order) => set({ order })}
              options={[
                { value: 'asc', label: t('升序', 'Ascending') },
                { value: 'desc', label: t('降序', 'Descending') },
              ]}
            />
          </Col>
          <Col xs={24} md={4}>
            <Statistic title={t('合计', 'Total')} value={board.data?.total ?? 0} suffix={t('项', 'tasks')} />
          </Col>
        </Row>
      </Card>
      <TaskTable
        items={board.data?.items ?? []}
        loading={board.isLoading}
        sortable
        sort={{ field: filters.sort, order: filters.order }}
        pagination={{
          current: filters.page,
          pageSize: filters.limit,
          total: board.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t(`共 ${total} 项`, `${total} tasks`),
        }}
        onChange={(pagination, _filters, sorter) => {
          const single = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = (single?.columnKey as Sort | undefined) ?? filters.sort;
          const order = single?.order === 'descend' ? 'desc' : 'asc';
          setFilters((current) => ({
            ...current,
            page: pagination.current ?? 1,
            limit: pagination.pageSize ?? current.limit,
            ...(single?.order ? { sort: field, order } : {}),
          }));
        }}
      />
      {issuing ? (
        <Suspense fallback={null}>
          <IssueTaskDialog directory={directory} onClose={() => setIssuing(false)} />
        </Suspense>
      ) : null}
    </Space>
  );
}
