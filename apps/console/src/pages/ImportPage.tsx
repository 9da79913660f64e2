/**
 * 导入: the year's list from Excel into a programme. The office downloads the template, fills it in
 * and chooses it here; the page checks it at once (a dry run, which writes nothing) and shows the
 * report row by row; only a clean report lets 确认导入 issue the tasks, and the result links to the
 * board filtered to the programme.
 */
import { Alert, Button, Card, Form, Select, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDirectory } from '../directory';
import { saveDownload } from '../download';
import { useLang } from '../i18n';
import { TEMPLATE_NAME, refusalReason, uploadImport, type ImportReport, type RowProblem } from '../office';

/** Where the page is: nothing chosen, checking, checked (the dry run's report), importing, imported, or refused. */
type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'checked'; readonly report: ImportReport }
  | { readonly kind: 'importing'; readonly report: ImportReport }
  | { readonly kind: 'imported'; readonly report: ImportReport }
  | { readonly kind: 'failed'; readonly problem: string; readonly report?: ImportReport };

/** The report's table: every problem by its sheet row, column, the cell's value and the reason. */
export function ImportReportTable({ problems }: { problems: readonly RowProblem[] }) {
  const { t } = useLang();
  return (
    <Table<RowProblem & { key: string }>
      data-testid="import-report"
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={problems.map((p, i) => ({ ...p, key: `${p.row}-${p.column}-${i}` }))}
      columns={[
        { title: t('行', 'Row'), dataIndex: 'row', width: 70 },
        { title: t('列', 'Column'), dataIndex: 'column', width: 120 },
        { title: t('值', 'Value'), dataIndex: 'value', width: 220, render: (value: string) => value || '—' },
        { title: t('原因', 'Reason'), dataIndex: 'reason' },
      ]}
    />
  );
}

export default function ImportPage() {
  const { t } = useLang();
  const directory = useDirectory();
  const [programme, setProgramme] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [templateProblem, setTemplateProblem] = useState<string | null>(null);
  // A later choice (another file, another programme) makes an earlier check's answer stale: only the latest is shown.
  const attempt = useRef(0);

  async function check(programmeId: string | undefined, chosen: File | null) {
    const mine = ++attempt.current;
    if (!programmeId || !chosen) return setStep({ kind: 'idle' });
    setStep({ kind: 'checking' });
    try {
      const report = await uploadImport(programmeId, chosen, true);
      if (mine === attempt.current) setStep({ kind: 'checked', report });
    } catch (error) {
      if (mine === attempt.current) setStep({ kind: 'failed', problem: refusalReason(error) });
    }
  }

  async function confirm() {
    if (step.kind !== 'checked' || !programme || !file) return;
    const mine = ++attempt.current;
    setStep({ kind: 'importing', report: step.report });
    try {
      const report = await uploadImport(programme, file, false);
      if (mine !== attempt.current) return;
      // A report that is not valid here means the directory changed since the check: show it, as the check would.
      setStep(
        report.valid
          ? { kind: 'imported', report }
          : { kind: 'failed', problem: t('导入被拒绝：有不合格的行', 'Refused: some rows have problems'), report },
      );
    } catch (error) {
      if (mine === attempt.current) setStep({ kind: 'failed', problem: refusalReason(error) });
    }
  }

  const checked = step.kind === 'checked' || step.kind === 'importing' ? step.report : undefined;
  const clean = checked !== undefined && checked.valid && checked.problems.length === 0;
  const shownReport = checked ?? (step.kind === 'failed' ? step.report : undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('导入', 'Import')}
      </Typography.Title>
      <Card size="small" title={t('1. 选择督办批次并下载模板', '1. Choose the programme and get the template')}>
        <Form layout="inline">
          <Form.Item label={t('督办批次', 'Programme')} htmlFor="import-programme">
            <Select
              id="import-programme"
              showSearch
              optionFilterProp="label"
              placeholder={t('选择督办批次', 'Choose a programme')}
              style={{ minWidth: 280 }}
              value={programme}
              onChange={(value: string) => {
                setProgramme(value);
                void check(value, file);
              }}
              options={directory.programmes.map((p) => ({ value: p.id, label: p.name ?? p.id }))}
            />
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                setTemplateProblem(null);
                saveDownload('/api/task-imports/template', TEMPLATE_NAME).catch((error: unknown) =>
                  setTemplateProblem(refusalReason(error)),
                );
              }}
            >
              {t('下载导入模板', 'Download the template')}
            </Button>
          </Form.Item>
        </Form>
        {templateProblem ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={templateProblem} /> : null}
      </Card>
      <Card
        size="small"
        title={t(
          '2. 选择填好的工作簿（先试导入，不写入）',
          '2. Choose the filled-in workbook (checked first, nothing written)',
        )}
      >
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          // Returning false keeps Ant Design from sending the file itself: the page sends it, with the token in a header.
          beforeUpload={(chosen) => {
            setFile(chosen);
            void check(programme, chosen);
            return false;
          }}
        >
          <Typography.Text strong>{t('选择 .xlsx 工作簿', 'Choose an .xlsx workbook')}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {file
              ? t(`已选择：${file.name}`, `Chosen: ${file.name}`)
              : t('点击选择或将文件拖到此处', 'Click or drop the file here')}
          </Typography.Text>
        </Upload.Dragger>
        {file && !programme ? (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title={t('请先选择督办批次，再进行试导入', 'Choose the programme to check the workbook')}
          />
        ) : null}
      </Card>
      <Card size="small" title={t('3. 试导入结果与确认', '3. The check and the import')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {step.kind === 'idle' ? (
            <Typography.Text type="secondary">
              {t('选择督办批次和工作簿后自动试导入', 'The workbook is checked once a programme and a file are chosen')}
            </Typography.Text>
          ) : null}
          {step.kind === 'checking' ? <Typography.Text>{t('试导入中…', 'Checking…')}</Typography.Text> : null}
          {step.kind === 'failed' ? (
            <Alert type="error" showIcon title={step.problem} data-testid="import-error" />
          ) : null}
          {checked ? (
            <Space size="large" data-testid="import-summary">
              <Statistic title={t('任务行数', 'Rows')} value={checked.rows} />
              <Statistic title={t('将新立项', 'To issue')} value={checked.toIssue} />
              <Statistic title={t('已存在', 'Already present')} value={checked.alreadyPresent} />
              <Statistic title={t('不合格', 'Problems')} value={checked.problems.length} />
            </Space>
          ) : null}
          {checked && clean ? (
            <Alert
              type="success"
              showIcon
              data-testid="import-check"
              title={t(
                `试导入通过：${checked.rows} 行均合格，确认后将新立项 ${checked.toIssue} 项`,
                `Check passed: all ${checked.rows} rows are fine; ${checked.toIssue} tasks would be issued`,
              )}
            />
          ) : null}
          {checked && !clean ? (
            <Alert
              type="warning"
              showIcon
              data-testid="import-check"
              title={t(
                `试导入发现 ${new Set(checked.problems.map((p) => p.row)).size} 行不合格：请按下表修改后重新选择文件`,
                `${new Set(checked.problems.map((p) => p.row)).size} rows have problems: correct them and choose the file again`,
              )}
            />
          ) : null}
          {shownReport && shownReport.problems.length > 0 ? (
            <ImportReportTable problems={shownReport.problems} />
          ) : null}
          {step.kind === 'imported' ? (
            <Alert
              type="success"
              showIcon
              data-testid="import-result"
              title={t(
                `导入完成：新立项 ${step.report.issued} 项，已存在 ${step.report.alreadyPresent} 项`,
                `Imported: ${step.report.issued} issued, ${step.report.alreadyPresent} already present`,
              )}
              description={
                <Link to={`/board?programme=${encodeURIComponent(step.report.programmeId)}`}>
                  {t('在督办台账中查看本批次任务', 'See the programme’s tasks on the board')}
                </Link>
              }
            />
          ) : null}
          <Button type="primary" disabled={!clean} loading={step.kind === 'importing'} onClick={() => void confirm()}>
            {t('确认导入', 'Import')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
