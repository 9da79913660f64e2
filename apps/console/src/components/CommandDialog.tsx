/**
 * One command's form, in a dialog. It sends If-Match with the revision the page showed and one
 * Idempotency-Key per opening of the form (a double click or a retry writes once). A conflict (412 or
 * 409: someone changed the task meanwhile) is shown with who did what and when, and nothing is
 * overwritten; after a write, every read waits for its position, so the page shows the change.
 */
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  api,
  apiSession,
  newIdempotencyKey,
  toApiError,
  type ApiError,
  type Schemas,
  type TaskActionCommand,
  type TaskDetail,
} from '../api/client';
import { COMMANDS, type FieldSpec } from '../commands';
import { AttachmentsField, attachmentRules, attachmentsOf, type AttachmentItem } from './AttachmentsField';
import { DIRECTORY_QUERIES, useActorNames } from '../directory';
import { useLang } from '../i18n';
import { OUTCOME_KINDS, RATINGS, eventLabel, outcomeKindLabel, ratingLabel, versionLabel } from '../labels';
import type { Dayjs } from 'dayjs';
import { formatTime } from '../time';

export interface UnitOption {
  readonly id: string;
  readonly name: string | null;
}

interface Props {
  readonly command: TaskActionCommand;
  readonly task: TaskDetail;
  readonly units: readonly UnitOption[];
  readonly onClose: () => void;
}

interface Conflict {
  readonly error: ApiError;
  readonly lastChange: Schemas['TimelineEntryView'] | null;
}

export function CommandDialog({ command, task, units, onClose }: Props) {
  const spec = COMMANDS[command];
  const { t, lang } = useLang();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const names = useActorNames(conflict !== null);
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  // One key for this opening of the form: submitting twice sends the same key, and the API writes once.
  const idempotencyKey = useMemo(newIdempotencyKey, []);
  // The revision the user decided on: the page behind may refresh live meanwhile, the form's If-Match must not follow it.
  const [shownRevision] = useState(task.revision);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const title = t(spec.zh, spec.en);
  // A 409 or 412 names the revision the API decided on (a whole number) in its details.
  const currentRevision = Number(conflict?.error.details?.currentRevision ?? Number.NaN);
  const versionNow = Number.isInteger(currentRevision)
    ? versionLabel(currentRevision, lang)
    : t('第 ? 版', 'version ?');
  const lastChange = conflict?.lastChange;
  const lastChangedBy = lastChange ? names.actor({ ...lastChange.actor, actorId: lastChange.actor.id }, lang) : '';

  const subEntities = subEntityOptions(task, spec.subEntity);

  async function submit(values: Record<string, unknown>) {
    setSubmitting(true);
    setFailure(null);
    try {
      const { subEntityId, ...fields } = values;
      const body = bodyOf(spec.fields, fields);
      const path: Record<string, string> = { taskId: task.id };
      if (spec.subEntity === 'milestone') path.milestoneId = String(subEntityId);
      if (spec.subEntity === 'extensionRequest' || spec.subEntity === 'cooperationRequest')
        path.requestId = String(subEntityId);
      const { data, error, response } = await api.POST(spec.path as '/api/tasks/{taskId}/acknowledge', {
        params: { path: path as { taskId: string } },
        body: body as never,
        headers: { 'If-Match': `"${shownRevision}"`, 'Idempotency-Key': idempotencyKey },
      });
      if (!response.ok) {
        const problem = toApiError(response.status, error);
        if (problem.isConflict) {
          // Who made the change, by name: the directory read with the change, so the message shows no id first.
          const [lastChange] = await Promise.all([
            lastChangeOf(task.id),
            queryClient.prefetchQuery(DIRECTORY_QUERIES.officials),
            queryClient.prefetchQuery(DIRECTORY_QUERIES.units),
          ]);
          setConflict({ error: problem, lastChange });
        } else {
          setFailure(problem);
          showFieldProblems(form, problem);
        }
        return;
      }
      apiSession.wrote(data?.position);
      await queryClient.invalidateQueries();
      onClose();
    } finally {
      setSubmitting(false);
    }
  }

  async function reload() {
    await queryClient.invalidateQueries();
    onClose();
  }

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('已被他人修改，请刷新后再操作', 'Changed by someone else meanwhile; reload before acting')}
          description={
            <Space direction="vertical">
              {lastChange ? (
                <span data-testid="last-change">
                  {t('最近一次修改：', 'Last change: ')}
                  {lastChangedBy} · {eventLabel(lastChange.type, lang)} · {formatTime(lastChange.occurredAt, lang)}
                </span>
              ) : null}
              <span>
                {t(
                  `您看到的是${versionLabel(shownRevision, lang)}，当前为${versionNow}；您的修改未保存。`,
                  `You saw ${versionLabel(shownRevision, lang)}; the task is now at ${versionNow}. Your change was not saved.`,
                )}
              </span>
              <Button type="primary" onClick={reload}>
                {t('刷新', 'Reload')}
              </Button>
            </Space>
          }
        />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark>
          {spec.subEntity ? (
            <Form.Item
              name="subEntityId"
              label={subEntityLabel(spec.subEntity, t)}
              rules={[{ required: true, message: t('请选择', 'Choose one') }]}
              initialValue={subEntities[0]?.value}
            >
              <Select options={subEntities} />
            </Form.Item>
          ) : null}
          {spec.fields.map((field) => (
            <FieldInput key={field.name} field={field} units={units} task={task} />
          ))}
          {failure ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={failure.message}
              description={failure.code}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Space>
            <Button type="primary" danger={spec.danger} htmlType="submit" loading={submitting}>
              {t('提交', 'Submit')}
            </Button>
            <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
          </Space>
        </Form>
      )}
    </Modal>
  );
}

function FieldInput({ field, units, task }: { field: FieldSpec; units: readonly UnitOption[]; task: TaskDetail }) {
  const { t, lang } = useLang();
  const label = t(field.zh, field.en);
  const required = field.required
    ? [{ required: true, message: t(`请填写${field.zh}`, `${field.en} is required`) }]
    : [];
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name ?? u.id }));
  switch (field.kind) {
    case 'text':
      return (
        <Form.Item
          name={field.name}
          label={label}
          rules={[...required, { max: 500, message: t('不超过500字', 'At most 500 characters') }]}
        >
          <Input />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item
          name={field.name}
          label={label}
          rules={[...required, { max: 2000, message: t('不超过2000字', 'At most 2000 characters') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item name={field.name} label={label} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'percent':
      return (
        <Form.Item
          name={field.name}
          label={label}
          rules={[
            ...required,
            { type: 'integer', min: 0, max: 100, message: t('0 到 100 的整数', 'A whole number from 0 to 100') },
          ]}
          initialValue={task.progressPercent ?? 0}
        >
          <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'rating':
      return (
        // Four choices shown at once: one click, no list that opens over the form.
        <Form.Item name={field.name} label={label} rules={required}>
          <Radio.Group
            aria-label={label}
            optionType="button"
            buttonStyle="solid"
            options={RATINGS.map((r) => ({ value: r, label: ratingLabel(r, lang) }))}
          />
        </Form.Item>
      );
    case 'outcomeKind':
      return (
        <Form.Item name={field.name} label={label} rules={required}>
          <Select options={OUTCOME_KINDS.map((k) => ({ value: k, label: outcomeKindLabel(k, lang) }))} />
        </Form.Item>
      );
    case 'unit':
      return (
        <Form.Item name={field.name} label={label} rules={required}>
          <Select showSearch optionFilterProp="label" options={unitOptions} />
        </Form.Item>
      );
    case 'units':
      return (
        <Form.Item name={field.name} label={label} rules={required} initialValue={[]}>
          <Select mode="multiple" optionFilterProp="label" options={unitOptions} />
        </Form.Item>
      );
    case 'urge':
      return task.pendingUrges.length === 0 ? null : (
        <Form.Item name={field.name} label={label} rules={required}>
          <Select
            allowClear
            options={task.pendingUrges.map((u) => ({ value: u.urgeId, label: `${u.reason}（${u.replyDueOn}）` }))}
          />
        </Form.Item>
      );
    case 'attachments':
      return (
        <Form.Item name={field.name} label={label} rules={attachmentRules(t)} initialValue={[]}>
          <AttachmentsField />
        </Form.Item>
      );
    case 'milestones':
      return (
        <Form.List name={field.name} initialValue={[]}>
          {(items, { add, remove }) => (
            <Form.Item label={label}>
              {items.map((item) => (
                <Space key={item.key} align="baseline">
                  <Form.Item
                    name={[item.name, 'title']}
                    rules={[{ required: true, message: t('请填写节点名称', 'Name the milestone') }]}
                  >
                    <Input placeholder={t('节点名称', 'Milestone')} aria-label={t('节点名称', 'Milestone')} />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'dueOn']}
                    rules={[{ required: true, message: t('请选择时限', 'Choose a date') }]}
                  >
                    <DatePicker aria-label={t('节点时限', 'Due on')} />
                  </Form.Item>
                  <Button onClick={() => remove(item.name)}>{t('删除', 'Remove')}</Button>
                </Space>
              ))}
              <Button onClick={() => add()}>{t('添加节点', 'Add milestone')}</Button>
            </Form.Item>
          )}
        </Form.List>
      );
  }
}

/** Dates become 'YYYY-MM-DD', uploads their attachments, empty optional fields are left out (the API refuses unknown and empty ones alike). */
function bodyOf(fields: readonly FieldSpec[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    if (field.kind === 'attachments') {
      // None attached: the field is left out, as the reports without files always were.
      const files = attachmentsOf(value as AttachmentItem[]);
      if (files.length > 0) body[field.name] = files;
    } else if (field.kind === 'date') body[field.name] = (value as Dayjs).format('YYYY-MM-DD');
    else if (field.kind === 'milestones')
      body[field.name] = (value as { title: string; dueOn: Dayjs }[]).map((m) => ({
        title: m.title,
        dueOn: m.dueOn.format('YYYY-MM-DD'),
      }));
    else body[field.name] = value;
  }
  return body;
}

function showFieldProblems(form: ReturnType<typeof Form.useForm>[0], problem: ApiError) {
  const fields = (problem.details?.fields ?? []) as { field: string; problems: string[] }[];
  form.setFields(fields.filter((f) => !f.field.includes('.')).map((f) => ({ name: f.field, errors: f.problems })));
}

function subEntityOptions(task: TaskDetail, kind: string | undefined): { value: string; label: string }[] {
  if (kind === 'milestone')
    return task.milestones
      .filter((m) => m.completedAt === null)
      .map((m) => ({ value: m.milestoneId, label: `${m.title}（${m.dueOn}）` }));
  if (kind === 'extensionRequest')
    return task.openExtensionRequests.map((r) => ({
      value: r.requestId,
      label: `${r.requestedDeadline} · ${r.reason}`,
    }));
  if (kind === 'cooperationRequest')
    return task.cooperation.filter((c) => c.providedAt === null).map((c) => ({ value: c.requestId, label: c.subject }));
  return [];
}

function subEntityLabel(kind: string, t: (zh: string, en: string) => string): string {
  if (kind === 'milestone') return t('节点', 'Milestone');
  if (kind === 'extensionRequest') return t('延期申请', 'Extension request');
  return t('协作请求', 'Co-operation request');
}

async function lastChangeOf(taskId: string): Promise<Schemas['TimelineEntryView'] | null> {
  const first = await api.GET('/api/tasks/{taskId}/timeline', { params: { path: { taskId }, query: { limit: 1 } } });
  const total = first.data?.total ?? 0;
  if (total === 0) return null;
  const last = await api.GET('/api/tasks/{taskId}/timeline', {
    params: { path: { taskId }, query: { limit: 1, page: total } },
  });
  return last.data?.items[0] ?? null;
}
