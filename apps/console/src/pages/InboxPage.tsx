/** 通知: the caller's in-app inbox (GET /api/inbox), newest first; opening one marks it read and goes to its task. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useLang } from '../i18n';
import { formatTime } from '../time';

export default function InboxPage() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useQuery({
    queryKey: ['inbox', unreadOnly],
    queryFn: () =>
      unwrap(api.GET('/api/inbox', { params: { query: { unread: unreadOnly ? 'true' : 'false', limit: 100 } } })),
  });
  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/inbox/{id}/read', { params: { path: { id } }, body: {} })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['inbox'] }),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('通知', 'Notifications')} <Badge count={inbox.data?.unread ?? 0} data-testid="inbox-unread" />
      </Typography.Title>
      <Segmented
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        options={[
          { value: 'all', label: t('全部', 'All') },
          { value: 'unread', label: t('未读', 'Unread') },
        ]}
      />
      <List
        loading={inbox.isLoading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: t('暂无通知', 'No notifications') }}
        renderItem={(item) => (
          <List.Item
            actions={[
              ...(item.read
                ? []
                : [
                    <Button key="read" size="small" onClick={() => markRead.mutate(item.id)}>
                      {t('标为已读', 'Mark read')}
                    </Button>,
                  ]),
              ...(item.taskId
                ? [
                    <Button
                      key="open"
                      size="small"
                      type="link"
                      onClick={() => {
                        if (!item.read) markRead.mutate(item.id);
                        void navigate(`/tasks/${item.taskId}`);
                      }}
                    >
                      {t('查看任务', 'Open task')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Tag color={item.read ? 'default' : 'red'}>{item.causeLabel}</Tag>
                  <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  {item.body} · {formatTime(item.occurredAt, lang)}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
