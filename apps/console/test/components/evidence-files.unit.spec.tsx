/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * Evidence files (佐证材料) on the report forms, in the browser's DOM (jsdom): a file chosen is
 * uploaded at once to POST /api/files with the token in the Authorization header, and the report
 * names it in its attachments as the upload answered; a file the API refuses (415) is named with the
 * API's reason beside the field, and the report is not sent; while the bytes go, the field shows how
 * much of them has gone, and a cancel drops the request and attaches nothing.
 */
import { File as NodeFile } from 'node:buffer';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import {
  installBrowserStandIns,
  renderInConsole,
  type SentRequest,
  taskShownAt,
  uploadControl,
} from '../support/render-form';

const PDF_SHA256 = 'a'.repeat(64);
const REFUSED = '不接受此类文件作为佐证材料（名单.exe：application/x-msdownload）；可上传 PDF、Office 文档和图片';

// An upload is two requests and several renders: on a busy machine more than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });

let uploadAnswer: { status: number; body: unknown } = { status: 201, body: {} };
const sent: SentRequest[] = installBrowserStandIns((request) =>
  new URL(request.url).pathname === '/api/files'
    ? uploadAnswer
    : {
        status: 200,
        body: {
          id: 'spp-2026-2026-01',
          streamId: 'task-spp-2026-2026-01',
          revision: 5,
          position: '9-9',
          appendedEvents: 1,
          replayed: false,
        },
      },
);

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
const { CommandDialog } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/components/CommandDialog') as typeof import('../../src/components/CommandDialog');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiSession } = require('../../src/api/client') as typeof import('../../src/api/client');

const TASK = taskShownAt(4);

async function openForm(command: Parameters<typeof CommandDialog>[0]['command']): Promise<void> {
  renderInConsole(
    <LangProvider>
      <CommandDialog command={command} task={TASK} units={[]} onClose={() => undefined} />
    </LangProvider>,
  );
  await screen.findByText('提交');
}

/**
 * Chooses a file in the field as a user would. Node's File, not jsdom's: the fetch under test is
 * Node's, whose FormData takes only its own kind of Blob (a browser's FormData takes the browser's).
 */
async function choose(name: string, type: string, bytes: string): Promise<void> {
  const file = new NodeFile([bytes], name, { type }) as unknown as File;
  const input = screen.getByLabelText('佐证材料', { selector: 'input' });
  await act(async () => void fireEvent.change(input, { target: { files: [file] } }));
}

const fieldOf = () => screen.getByLabelText('佐证材料', { selector: 'input' }).closest('.ant-form-item') as HTMLElement;
const submit = () => act(async () => void fireEvent.click(screen.getByText('提交').closest('button')!));
const commands = () => sent.filter((r) => new URL(r.url).pathname !== '/api/files');

beforeEach(() => {
  sent.length = 0;
  uploadControl.hold = false;
  uploadControl.held.length = 0;
  apiSession.setToken('unit-token');
});

describe('the completion report with evidence files (完成情况汇报 · 佐证材料)', () => {
  it('given a PDF chosen, when the report is submitted, then the file was uploaded with the token in a header and the report names it', async () => {
    uploadAnswer = {
      status: 201,
      body: { sha256: PDF_SHA256, name: '完成情况报告.pdf', mediaType: 'application/pdf', size: 9, created: true },
    };
    await openForm('ReportCompletion');
    fireEvent.change(screen.getByLabelText('完成情况'), { target: { value: '指引已印发' } });
    await choose('完成情况报告.pdf', 'application/pdf', '%PDF-1.4\n');

    await waitFor(() => expect(fieldOf().textContent).toContain('已上传'));
    const [upload] = sent;
    expect({ method: upload.method, path: new URL(upload.url).pathname }).toEqual({
      method: 'POST',
      path: '/api/files',
    });
    expect(upload.headers.get('authorization')).toBe('Bearer unit-token');
    expect(upload.url).not.toContain('unit-token');
    expect(upload.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.body).toContain('name="file"; filename="完成情况报告.pdf"');
    expect(upload.body).toContain('%PDF-1.4');
    expect(fieldOf().textContent).toContain('完成情况报告.pdf · 9 B');

    await submit();
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect({ path: new URL(commands()[0].url).pathname, body: commands()[0].body }).toEqual({
      path: '/api/tasks/spp-2026-2026-01/completion-report',
      body: {
        summary: '指引已印发',
        attachments: [{ sha256: PDF_SHA256, name: '完成情况报告.pdf', mediaType: 'application/pdf', size: 9 }],
      },
    });
  });

  it('given a file chosen and then removed, when the report is submitted, then it names no file', async () => {
    uploadAnswer = {
      status: 201,
      body: { sha256: PDF_SHA256, name: '草稿.pdf', mediaType: 'application/pdf', size: 9, created: true },
    };
    await openForm('ReportCompletion');
    fireEvent.change(screen.getByLabelText('完成情况'), { target: { value: '指引已印发' } });
    await choose('草稿.pdf', 'application/pdf', '%PDF-1.4\n');
    await waitFor(() => expect(fieldOf().textContent).toContain('已上传'));
    fireEvent.click(screen.getByRole('button', { name: '移除 草稿.pdf' }));
    await submit();
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0].body).toEqual({ summary: '指引已印发' });
  });

  it('given a file the API refuses (415), then its reason is shown beside the field, and the report is not sent', async () => {
    uploadAnswer = {
      status: 415,
      body: { statusCode: 415, error: 'Unsupported Media Type', code: 'UNSUPPORTED_FILE_TYPE', message: REFUSED },
    };
    await openForm('ReportProgress');
    fireEvent.change(screen.getByLabelText('进展情况'), { target: { value: '指引起草中' } });
    await choose('名单.exe', 'application/octet-stream', 'MZ\u0090\u0000');

    await waitFor(() => expect(fieldOf().querySelector('.ant-form-item-explain')?.textContent).toContain(REFUSED));
    expect(fieldOf().textContent).toContain('未上传');
    await submit();
    await waitFor(() =>
      expect(fieldOf().querySelector('.ant-form-item-explain')?.textContent).toContain('请移除后再提交'),
    );
    expect(sent.map((r) => new URL(r.url).pathname)).toEqual(['/api/files']);
  });

  it('given a file larger than the API takes (413 in English from the upload limit), then the reason beside the field is in Chinese', async () => {
    uploadAnswer = {
      status: 413,
      body: { statusCode: 413, error: 'Payload Too Large', code: 'BODY_TOO_LARGE', message: 'File too large' },
    };
    await openForm('RecordOutcome');
    await choose('扫描件.pdf', 'application/pdf', '%PDF-1.4\n');
    await waitFor(() =>
      expect(fieldOf().querySelector('.ant-form-item-explain')?.textContent).toContain('文件过大，超过上传上限'),
    );
  });

  it('given a large file on its way, then the field shows the share of its bytes sent, and 100 only once the API stored it', async () => {
    uploadAnswer = {
      status: 201,
      body: { sha256: PDF_SHA256, name: '扫描件.pdf', mediaType: 'application/pdf', size: 9, created: true },
    };
    uploadControl.hold = true;
    await openForm('ReportCompletion');
    await choose('扫描件.pdf', 'application/pdf', '%PDF-1.4\n');
    await waitFor(() => expect(uploadControl.held).toHaveLength(1));
    const [upload] = uploadControl.held;
    const progress = () =>
      screen.getByRole('progressbar', { name: '扫描件.pdf 上传进度' }).getAttribute('aria-valuenow');
    expect(progress()).toBe('0');

    await act(async () => upload.progress(400, 1000));
    expect(progress()).toBe('40');
    await act(async () => upload.progress(1000, 1000));
    // Every byte sent, but not yet stored: the API still reads the type and writes them.
    expect(progress()).toBe('99');
    expect(fieldOf().textContent).toContain('上传中');

    await act(async () => upload.release());
    await waitFor(() => expect(fieldOf().textContent).toContain('已上传'));
    expect(progress()).toBe('100');
  });

  it('given an upload cancelled on its way, then the request is dropped, nothing is attached, and the report names no file', async () => {
    uploadControl.hold = true;
    await openForm('ReportCompletion');
    fireEvent.change(screen.getByLabelText('完成情况'), { target: { value: '指引已印发' } });
    await choose('扫描件.pdf', 'application/pdf', '%PDF-1.4\n');
    await waitFor(() => expect(uploadControl.held).toHaveLength(1));
    await act(async () => uploadControl.held[0].progress(300, 1000));

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '取消上传 扫描件.pdf' })));
    expect(uploadControl.held[0].aborted).toBe(true);
    expect(screen.queryByTestId('attachments')).toBeNull();
    expect(fieldOf().querySelector('.ant-form-item-explain')?.textContent ?? '').toBe('');

    await submit();
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0].body).toEqual({ summary: '指引已印发' });
  });
});
