/**
 * The evidence files (佐证材料) of a report, as a form control: each file chosen (or dropped) is
 * uploaded at once, so the report's submit only names files the store already has; the list shows
 * each with its size, its state, the share of its bytes sent while it goes (with a cancel that
 * drops the request) and a remove button once it is stored. The form's value is this list; the command's
 * body takes the uploaded ones (attachmentsOf).
 */
import { Button, List, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef } from 'react';
import {
  attachmentOf,
  formatSize,
  uploadEvidenceFile,
  uploadProblem,
  UploadCancelled,
  type Attachment,
  type EvidenceFile,
} from '../evidence';
import { useLang } from '../i18n';

export interface AttachmentItem {
  readonly uid: string;
  readonly name: string;
  readonly size: number;
  readonly status: 'uploading' | 'done' | 'error';
  /** The share of the request's bytes sent, at most 99 until the API has answered that it stored them (then 100). */
  readonly percent: number;
  readonly file?: EvidenceFile;
  readonly problem?: string;
}

interface Props {
  readonly id?: string;
  readonly value?: readonly AttachmentItem[];
  readonly onChange?: (items: AttachmentItem[]) => void;
}

let uploads = 0;

export function AttachmentsField({ id, value = [], onChange }: Props) {
  const { t } = useLang();
  // Uploads finish in any order, each after renders the form may not have made yet: each change applies to the latest list.
  const latest = useRef<readonly AttachmentItem[]>(value);
  latest.current = value;
  function update(change: (items: readonly AttachmentItem[]) => AttachmentItem[]) {
    latest.current = change(latest.current);
    onChange?.([...latest.current]);
  }

  // The uploads under way, to cancel one, or all of them when the form closes (nothing would name their files).
  const inFlight = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const running = inFlight.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  function start(file: File) {
    uploads += 1;
    const uid = `upload-${uploads}`;
    const controller = new AbortController();
    inFlight.current.set(uid, controller);
    update((items) => [...items, { uid, name: file.name, size: file.size, status: 'uploading', percent: 0 }]);
    const settle = (change: (item: AttachmentItem) => AttachmentItem) => {
      inFlight.current.delete(uid);
      update((items) => items.map((i) => (i.uid === uid ? change(i) : i)));
    };
    uploadEvidenceFile(file, {
      signal: controller.signal,
      // All bytes sent is not yet stored: the API still reads the type and writes them, so 100 waits for its answer.
      onProgress: (sent, total) => {
        const percent = Math.min(99, Math.floor((sent / total) * 100));
        update((items) =>
          items.map((i) =>
            i.uid === uid && i.status === 'uploading' && i.percent !== percent ? { ...i, percent } : i,
          ),
        );
      },
    }).then(
      (answer) =>
        settle((i) => ({ ...i, name: answer.name, size: answer.size, status: 'done', percent: 100, file: answer })),
      (error: unknown) => {
        // Cancelled: the item is already gone from the list, and there is nothing to say about it.
        if (error instanceof UploadCancelled) return void inFlight.current.delete(uid);
        settle((i) => ({ ...i, status: 'error', problem: uploadProblem(error) }));
      },
    );
  }

  function remove(uid: string) {
    inFlight.current.get(uid)?.abort();
    update((items) => items.filter((i) => i.uid !== uid));
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        id={id}
        multiple
        showUploadList={false}
        // Returning false keeps Ant Design from sending the file itself: this form sends the raw File, with the token in a header.
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <Typography.Text strong>{t('上传佐证材料', 'Upload evidence files')}</Typography.Text>
        <br />
        <Typography.Text type="secondary">
          {t(
            '点击选择或将文件拖到此处（PDF、Office 文档、图片）',
            'Click or drop files here (PDF, Office documents, images)',
          )}
        </Typography.Text>
      </Upload.Dragger>
      {value.length > 0 ? (
        <List
          size="small"
          data-testid="attachments"
          dataSource={[...value]}
          renderItem={(item) => (
            <List.Item
              actions={[
                item.status === 'uploading' ? (
                  <Button
                    key="cancel"
                    size="small"
                    type="link"
                    aria-label={t(`取消上传 ${item.name}`, `Cancel the upload of ${item.name}`)}
                    onClick={() => remove(item.uid)}
                  >
                    {t('取消上传', 'Cancel')}
                  </Button>
                ) : (
                  <Button
                    key="remove"
                    size="small"
                    type="link"
                    danger
                    aria-label={t(`移除 ${item.name}`, `Remove ${item.name}`)}
                    onClick={() => remove(item.uid)}
                  >
                    {t('移除', 'Remove')}
                  </Button>
                ),
              ]}
            >
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Typography.Text>
                  {item.name} · {formatSize(item.size)} ·{' '}
                  {item.status === 'uploading'
                    ? t('上传中…', 'uploading…')
                    : item.status === 'done'
                      ? t('已上传', 'uploaded')
                      : t('未上传', 'not uploaded')}
                </Typography.Text>
                {item.status === 'error' ? (
                  <Typography.Text type="danger">{item.problem}</Typography.Text>
                ) : (
                  <Progress
                    size="small"
                    percent={item.percent}
                    status={item.status === 'uploading' ? 'active' : 'success'}
                    aria-label={t(`${item.name} 上传进度`, `${item.name} upload progress`)}
                  />
                )}
              </Space>
            </List.Item>
          )}
        />
      ) : null}
    </Space>
  );
}

/** The form's rule: a file refused is named with the API's reason beside the field; one still uploading holds the submit. */
export function attachmentRules(t: (zh: string, en: string) => string) {
  return [
    {
      validator: (_: unknown, items: readonly AttachmentItem[] = []) => {
        const refused = items.find((i) => i.status === 'error');
        return refused
          ? Promise.reject(
              new Error(t(`${refused.problem}；请移除后再提交`, `${refused.problem}; remove it before submitting`)),
            )
          : Promise.resolve();
      },
    },
    {
      // Only when the form is submitted (no field event is named so): a file just chosen is not yet a mistake.
      validateTrigger: 'onSubmit',
      validator: (_: unknown, items: readonly AttachmentItem[] = []) =>
        items.some((i) => i.status === 'uploading')
          ? Promise.reject(new Error(t('请等待文件上传完成', 'Wait for the uploads to finish')))
          : Promise.resolve(),
    },
  ];
}

/** The report's attachments: the files the API stored, as it answered them. */
export function attachmentsOf(items: readonly AttachmentItem[]): Attachment[] {
  return items.flatMap((i) => (i.status === 'done' && i.file ? [attachmentOf(i.file)] : []));
}
