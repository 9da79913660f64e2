/** One task: what it is, where it stands, its history, and the actions its reader may take (allowedCommands, from the API). */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, unwrap, type Schemas, type TaskActionCommand } from '../api/client';
import { COMMANDS } from '../commands';
import { CommandDialog } from '../components/CommandDialog';
import { DeliveryTags } from '../components/DeliveryTags';
import { FlagTags, LightTag, StatusTag } from '../components/TaskTags';
import { useDirectory } from '../directory';
import { saveDownload } from '../download';
import { formatSize } from '../evidence';
import { useLang } from '../i18n';
import { eventLabel, outcomeKindLabel, ratingLabel, versionLabel } from '../labels';
import { formatTime } from '../time';

export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, lang } = useLang();
  const directory = useDirectory();
  const [command, setCommand] = useState<TaskActionCommand | null>(null);
  const detail = useQuery({
    queryKey: ['task', taskId],
    queryFn: () => unwrap(api.GET('/api/tasks/{taskId}', { params: { path: { taskId } } })),
  });
  const timeline = useQuery({
    queryKey: ['timeline', taskId],
    queryFn: () =>
      unwrap(api.GET('/api/tasks/{taskId}/timeline', { params: { path: { taskId }, query: { limit: 200 } } })),
  });
  if (detail.error) return <Alert type="error" showIcon title={detail.error.message} />;
  const task = detail.data;
  if (!task) return <Card loading />;
  const units = [...directory.units, ...task.coUnits, task.leadUnit].filter(
    (u, i, all) => all.findIndex((o) => o.id === u.id) === i,
  );
  const recipients: Record<string, string> = {
    supervisor: t('督办办公室', 'Supervision office'),
    ...Object.fromEntries(units.map((u) => [`unit:${u.id}`, u.name])),
    ...Object.fromEntries(directory.leaders.map((l) => [`leader:${l.id}`, l.name])),
    ...(task.leader.name ? { [`leader:${task.leader.id}`]: task.leader.name } : {}),
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {task.code} {task.title}
        </Typography.Title>
        <StatusTag status={task.status} />
        {/* The board shows a dash for no light, as for every empty cell; a header just leaves it out. */}
        {task.flags.light === 'none' ? null : <LightTag light={task.flags.light} />}
        <FlagTags flags={task.flags} openUrges={task.openUrges} />
        <Tag data-testid="revision">{versionLabel(task.revision, lang)}</Tag>
      </Space>
      <Card
        size="small"
        title={
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            {t('可办理事项', 'Actions')}
          </Typography.Title>
        }
      >
        {task.allowedCommands.length === 0 ? (
          <Typography.Text type="secondary">
            {t('当前无可办理事项', 'Nothing for you to do on this task now')}
          </Typography.Text>
        ) : (
          <Space wrap>
            {task.allowedCommands.map((type) => (
              <Button key={type} danger={COMMANDS[type].danger} onClick={() => setCommand(type)} data-command={type}>
                {t(COMMANDS[type].zh, COMMANDS[type].en)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label={t('督办批次', 'Programme')}>
                  {task.programme.name ?? task.programme.id}
                </Descriptions.Item>
                <Descriptions.Item label={t('条线', 'Line of work')}>{task.category}</Descriptions.Item>
                <Descriptions.Item label={t('牵头单位', 'Lead unit')}>
                  {task.leadUnit.name ?? task.leadUnit.id}
                </Descriptions.Item>
                <Descriptions.Item label={t('协办单位', 'Co-units')}>
                  {task.coUnits.map((u) => u.name ?? u.id).join('、') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('分管院领导', 'Leader in charge')}>
                  {task.leader.name ?? task.leader.id}
                </Descriptions.Item>
                <Descriptions.Item label={t('办理时限', 'Deadline')}>
                  {task.deadline}
                  {task.deadline !== task.originalDeadline
                    ? t(`（原 ${task.originalDeadline}）`, ` (was ${task.originalDeadline})`)
                    : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('进度', 'Progress')}>
                  {task.progressPercent === null ? '—' : `${task.progressPercent}%`}
                </Descriptions.Item>
                <Descriptions.Item label={t('评价', 'Rating')}>
                  {task.rating ? ratingLabel(task.rating.rating, lang) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('任务内容', 'Description')} span={2}>
                  {task.description || '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {task.plan ? (
              <Card size="small" title={t('工作打算', 'Work plan')}>
                <Typography.Paragraph>{task.plan.text}</Typography.Paragraph>
                <List
                  size="small"
                  // A plan may set no milestones: say so, instead of the list's bare 暂无数据 under the plan.
                  locale={{ emptyText: t('工作打算未设节点', 'The plan sets no milestones') }}
                  dataSource={task.milestones}
                  renderItem={(m) => (
                    <List.Item>
                      {m.title} · {m.dueOn} ·{' '}
                      {m.completedAt ? (
                        <Tag color="#166534">{t('已完成', 'done')}</Tag>
                      ) : (
                        <Tag>{t('未完成', 'open')}</Tag>
                      )}
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
            {task.latestProgress ? (
              <Card size="small" title={t('最新进展', 'Latest progress')}>
                {task.latestProgress.summary}（{task.latestProgress.percent}%）
              </Card>
            ) : null}
            <Section
              title={t('领导批示', 'Instructions')}
              items={task.instructions.map((i) => `${i.leader.name ?? i.leader.id}：${i.text}`)}
            />
            <Section
              title={t('待答复催办', 'Urges awaiting a reply')}
              items={task.pendingUrges.map((u) => `${u.reason}（${t('答复期限', 'reply by')} ${u.replyDueOn}）`)}
            />
            <Section
              title={t('延期申请', 'Extension requests')}
              items={task.extensionRequests.map(
                (r) => `${r.currentDeadline} → ${r.requestedDeadline} · ${r.reason} · ${r.decision}`,
              )}
            />
            <Section
              title={t('协作配合', 'Co-operation')}
              items={task.cooperation.map(
                (c) =>
                  `${c.requestedBy.name ?? c.requestedByUnitId} → ${c.from.name ?? c.fromUnitId}：${c.subject}${c.response ? ` / ${c.response}` : ''}`,
              )}
            />
            <Section
              title={t('成果', 'Outcomes')}
              items={task.outcomes.map((o) => `${outcomeKindLabel(o.kind, lang)}：${o.title}`)}
            />
            <Section
              title={t('会签', 'Countersigns')}
              items={[
                ...task.countersigns.map((c) => `${c.unit.name ?? c.unit.id} ✓`),
                ...task.missingCountersigns.map((u) => `${u.name ?? u.id} ${t('待会签', 'to countersign')}`),
              ]}
            />
            {task.completionReport ? (
              <Card size="small" title={t('完成情况汇报', 'Completion report')}>
                {task.completionReport.summary}
              </Card>
            ) : null}
            {task.evidenceFiles.length > 0 ? (
              <Card size="small" title={t('佐证材料', 'Evidence files')}>
                <EvidenceList files={task.evidenceFiles} testId="evidence-files" />
              </Card>
            ) : null}
            <Section title={t('退回重办', 'Returns')} items={task.completionReturns.map((r) => r.reason)} />
            <Section
              title={t('回头看', 'Look-back reviews')}
              items={task.lookBackReviews.map((r) => `${r.findings}${r.conclusion ? ` → ${r.conclusion}` : ''}`)}
            />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={
              <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
                {t('办理过程', 'History')}
              </Typography.Title>
            }
          >
            {timeline.data ? (
              <Timeline
                data-testid="timeline"
                items={timeline.data.items.map((entry) => ({
                  key: entry.eventId,
                  children: (
                    <Space direction="vertical" size={0}>
                      <Typography.Text strong>{eventLabel(entry.type, lang)}</Typography.Text>
                      <Typography.Text>{entry.summary}</Typography.Text>
                      <Typography.Text type="secondary">{formatTime(entry.occurredAt, lang)}</Typography.Text>
                      <EvidenceList files={filesOf(task.evidenceFiles, entry)} />
                      <DeliveryTags deliveries={entry.notifications} names={recipients} />
                    </Space>
                  ),
                }))}
              />
            ) : (
              <Empty description={t('暂无办理记录', 'Nothing recorded yet')} />
            )}
            {timeline.data && timeline.data.reminders.length > 0 ? (
              <Space direction="vertical" size={4} data-testid="reminders" style={{ marginTop: 8 }}>
                <Typography.Text strong>{t('时限提醒', 'Reminders')}</Typography.Text>
                {timeline.data.reminders.map((reminder) => (
                  <Space key={reminder.id} size={4} wrap>
                    <Typography.Text>{reminder.causeLabel}</Typography.Text>
                    <Typography.Text type="secondary">{formatTime(reminder.occurredAt, lang)}</Typography.Text>
                    <DeliveryTags deliveries={[reminder]} names={recipients} />
                  </Space>
                ))}
              </Space>
            ) : null}
          </Card>
        </Col>
      </Row>
      {command ? <CommandDialog command={command} task={task} units={units} onClose={() => setCommand(null)} /> : null}
    </Space>
  );
}

function Section({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Card size="small" title={title}>
      <List size="small" dataSource={items} renderItem={(item) => <List.Item>{item}</List.Item>} />
    </Card>
  );
}

type EvidenceFileRef = Schemas['EvidenceFileRefView'];

/** The files an entry's act carried: the task records each with its act's type and time. */
function filesOf(files: readonly EvidenceFileRef[], entry: Schemas['TimelineEntryView']): EvidenceFileRef[] {
  const at = Date.parse(entry.occurredAt);
  return files.filter((f) => f.attachedBy === entry.type && Date.parse(f.attachedAt) === at);
}

/** Each file with its size and a download button: a plain link could not carry the token, so the button fetches and saves. */
function EvidenceList({ files, testId }: { files: readonly EvidenceFileRef[]; testId?: string }) {
  const { t } = useLang();
  const [failure, setFailure] = useState<string | null>(null);
  if (files.length === 0) return null;
  return (
    <Space orientation="vertical" size={4} data-testid={testId}>
      {files.map((file) => (
        <Space key={`${file.attachedAt}-${file.sha256}`} wrap size={4}>
          <Typography.Text>{file.name}</Typography.Text>
          <Typography.Text type="secondary">
            {formatSize(file.size)} · {file.attachedByLabel}
          </Typography.Text>
          <Button
            size="small"
            type="link"
            aria-label={t(`下载 ${file.name}`, `Download ${file.name}`)}
            onClick={() => {
              setFailure(null);
              saveDownload(file.href, file.name).catch((error: Error) =>
                setFailure(t(`下载失败：${error.message}`, `Download failed: ${error.message}`)),
              );
            }}
          >
            {t('下载', 'Download')}
          </Button>
        </Space>
      ))}
      {failure ? <Typography.Text type="danger">{failure}</Typography.Text> : null}
    </Space>
  );
}
