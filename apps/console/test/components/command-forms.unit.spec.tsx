/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * The command forms' rules, in the browser's DOM (jsdom): a required field left empty, a milestone
 * without its name or date, a rating not chosen are each refused next to the field, in Chinese, and
 * nothing is sent; a valid form sends If-Match with the revision it was opened on and one
 * Idempotency-Key per opening, however often it is submitted.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { TaskDetail } from '../../src/api/client';
import { installBrowserStandIns, renderInConsole, type SentRequest, taskShownAt } from '../support/render-form';

const sent: SentRequest[] = installBrowserStandIns(() => ({
  status: 200,
  body: {
    id: 'spp-2026-2026-01',
    streamId: 'task-spp-2026-2026-01',
    revision: 4,
    position: '9-9',
    appendedEvents: 1,
    replayed: false,
  },
}));

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
const { CommandDialog } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/components/CommandDialog') as typeof import('../../src/components/CommandDialog');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');

const TASK = taskShownAt(3);

/** Renders the form and waits for its dialog to be there (Ant Design's modal appears after a frame). */
async function openForm(
  command: Parameters<typeof CommandDialog>[0]['command'],
  task: TaskDetail = TASK,
): Promise<void> {
  renderInConsole(
    <LangProvider>
      <CommandDialog
        command={command}
        task={task}
        units={[{ id: 'dept-9', name: '第九检察厅' }]}
        onClose={() => undefined}
      />
    </LangProvider>,
  );
  await screen.findByText('提交');
}

/** The form item (label, control and its messages) of the field with this label. */
function fieldOf(label: string): HTMLElement {
  // The control the label is for (the dialog's title may read the same, as 评价 does).
  return screen.getByLabelText(label, { selector: 'input, textarea' }).closest('.ant-form-item') as HTMLElement;
}

const submit = () => act(async () => void fireEvent.click(screen.getByText('提交').closest('button')!));

beforeEach(() => {
  sent.length = 0;
});

describe('the work plan form (报送工作打算)', () => {
  it('given no plan text, when submitted, then says 请填写工作打算 beside the field and sends nothing', async () => {
    await openForm('SubmitWorkPlan');
    await submit();
    await waitFor(() => expect(fieldOf('工作打算').textContent).toContain('请填写工作打算'));
    expect(sent).toEqual([]);
  });

  it('given a milestone added but left empty, when submitted, then asks for its name and its date beside them', async () => {
    await openForm('SubmitWorkPlan');
    fireEvent.change(screen.getByLabelText('工作打算'), { target: { value: '制定工作指引，分批试点。' } });
    fireEvent.click(screen.getByText('添加节点').closest('button')!);
    await submit();
    await waitFor(() => expect(fieldOf('节点名称').textContent).toContain('请填写节点名称'));
    expect(fieldOf('节点时限').textContent).toContain('请选择时限');
    expect(sent).toEqual([]);
  });

  it('given the plan without milestones, when submitted twice, then sends it with If-Match of the shown revision and the same Idempotency-Key', async () => {
    await openForm('SubmitWorkPlan');
    fireEvent.change(screen.getByLabelText('工作打算'), { target: { value: '制定工作指引，分批试点。' } });
    await submit();
    await waitFor(() => expect(sent).toHaveLength(1));
    await submit();
    await waitFor(() => expect(sent).toHaveLength(2));
    const [first, second] = sent;
    expect({ method: first.method, path: new URL(first.url).pathname, body: first.body }).toEqual({
      method: 'POST',
      path: '/api/tasks/spp-2026-2026-01/plan',
      body: { plan: '制定工作指引，分批试点。', milestones: [] },
    });
    expect(first.headers.get('if-match')).toBe('"3"');
    expect(first.headers.get('idempotency-key')).toMatch(/^console-[0-9a-f]{32}$/);
    expect(second.headers.get('idempotency-key')).toBe(first.headers.get('idempotency-key'));
  });
});

describe('the extension request form (申请延期)', () => {
  it('given neither date nor reason, when submitted, then asks for each beside its field', async () => {
    await openForm('RequestDeadlineExtension');
    await submit();
    await waitFor(() => expect(fieldOf('申请延至').textContent).toContain('请填写申请延至'));
    expect(fieldOf('理由').textContent).toContain('请填写理由');
    expect(sent).toEqual([]);
  });
});

describe('the rating form (评价)', () => {
  it('given no rating chosen, when submitted, then says 请填写评价 beside the field and sends nothing', async () => {
    await openForm('RateTask');
    await submit();
    const ratings = screen.getByRole('radiogroup', { name: '评价' }).closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(ratings.textContent).toContain('请填写评价'));
    expect(sent).toEqual([]);
  });

  it('given 优秀 chosen with one click, when submitted, then sends the rating excellent', async () => {
    await openForm('RateTask');
    fireEvent.click(screen.getByRole('radio', { name: '优秀' }));
    await submit();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect({ path: new URL(sent[0].url).pathname, body: sent[0].body }).toEqual({
      path: '/api/tasks/spp-2026-2026-01/rating',
      body: { rating: 'excellent' },
    });
  });
});

describe('the progress form (报送进展)', () => {
  it('given the summary left empty, when submitted, then asks for it, starting the percent from the task’s', async () => {
    await openForm('ReportProgress');
    expect(screen.getByLabelText<HTMLInputElement>('完成比例（%）').value).toBe('30');
    await submit();
    await waitFor(() => expect(fieldOf('进展情况').textContent).toContain('请填写进展情况'));
    expect(sent).toEqual([]);
  });

  it('given a text longer than 2,000 characters, when submitted, then says 不超过2000字 beside it', async () => {
    await openForm('ReportProgress');
    fireEvent.change(screen.getByLabelText('进展情况'), { target: { value: '进'.repeat(2001) } });
    await submit();
    await waitFor(() => expect(fieldOf('进展情况').textContent).toContain('不超过2000字'));
    expect(sent).toEqual([]);
  });
});
