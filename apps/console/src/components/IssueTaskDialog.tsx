/** 立项交办: the supervision office issues a task (programme, units and leader from the directory; the code and deadline checked here and by the API). */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, apiSession, newIdempotencyKey, toApiError, type ApiError } from '../api/client';
import type { Named } from '../directory';
import { useLang } from '../i18n';
import { TASK_CATEGORIES } from '../../../../libs/supervision/src/task/task.labels';

interface Props {
  readonly directory: {
    readonly units: readonly Named[];
    readonly leaders: readonly Named[];
    readonly programmes: readonly Named[];
  };
  readonly onClose: () => void;
}

interface Values {
  programmeId: string;
  code: string;
  title: string;
  description: string;
  category: string;
  leadUnitId: string;
  coUnitIds: string[];
  leadLeaderId: string;
  deadline: Dayjs;
}

export function IssueTaskDialog({ directory, onClose }: Props) {
  const { t } = useLang();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotencyKey = useMemo(newIdempotencyKey, []);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const options = (list: readonly Named[]) =>
    list.map((item) => ({ value: item.id, label: item.name ? `${item.name}（${item.id}）` : item.id }));
  const required = (zh: string, en: string) => [
    { required: true, whitespace: true, message: t(`请填写${zh}`, `${en} is required`) },
  ];

  async function submit(values: Values) {
    setSubmitting(true);
    setFailure(null);
    try {
      const { data, error, response } = await api.POST('/api/tasks', {
        body: { ...values, coUnitIds: values.coUnitIds ?? [], deadline: values.deadline.format('YYYY-MM-DD') },
        headers: { 'Idempotency-Key': idempotencyKey },
      });
      if (!response.ok) {
        const problem = toApiError(response.status, error);
        setFailure(problem);
        const fields = (problem.details?.fields ?? []) as { field: string; problems: string[] }[];
        form.setFields(fields.map((f) => ({ name: f.field as keyof Values, errors: f.problems })));
        return;
      }
      const answer = data as unknown as { id: string; position: string };
      apiSession.wrote(answer.position);
      await queryClient.invalidateQueries();
      onClose();
      void navigate(`/tasks/${encodeURIComponent(answer.id)}`);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal open title={t('立项交办', 'Issue a task')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ coUnitIds: [], programmeId: directory.programmes[0]?.id }}
      >
        <Form.Item name="programmeId" label={t('督办批次', 'Programme')} rules={required('督办批次', 'Programme')}>
          <AutoComplete options={options(directory.programmes)} />
        </Form.Item>
        <Space style={{ width: '100%' }} align="start">
          <Form.Item name="code" label={t('编号', 'Code')} rules={required('编号', 'Code')}>
            <Input />
          </Form.Item>
          <Form.Item name="category" label={t('条线', 'Line of work')} rules={required('条线', 'Line of work')}>
            <AutoComplete style={{ width: 220 }} options={TASK_CATEGORIES.map((c) => ({ value: c }))} />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label={t('任务名称', 'Title')}
          rules={[...required('任务名称', 'Title'), { max: 500, message: t('不超过500字', 'At most 500 characters') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('任务内容', 'Description')}
          rules={[
            ...required('任务内容', 'Description'),
            { max: 5000, message: t('不超过5000字', 'At most 5000 characters') },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="leadUnitId" label={t('牵头单位', 'Lead unit')} rules={required('牵头单位', 'Lead unit')}>
          <AutoComplete options={options(directory.units)} />
        </Form.Item>
        <Form.Item name="coUnitIds" label={t('协办单位', 'Co-units')}>
          <Select mode="tags" options={options(directory.units)} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item
          name="leadLeaderId"
          label={t('分管院领导', 'Leader in charge')}
          rules={required('分管院领导', 'Leader in charge')}
        >
          <AutoComplete options={options(directory.leaders)} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('办理时限', 'Deadline')}
          rules={[{ required: true, message: t('请选择办理时限', 'Choose the deadline') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
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
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('交办', 'Issue')}
          </Button>
          <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
